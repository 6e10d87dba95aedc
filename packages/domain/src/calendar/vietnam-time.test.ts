import { describe, expect, it } from 'vitest';
import { vietnamCompactDateTime, vietnamDate, vietnamYear } from './vietnam-time';

describe('Vietnam time', () => {
  it('at 06:30 in Hà Nội it is already today, though UTC still says yesterday', () => {
    const at0630 = new Date('2026-03-10T23:30:00Z'); // 06:30 ICT on 11/03/2026
    expect(vietnamDate(at0630)).toBe('2026-03-11');
    expect(at0630.toISOString().slice(0, 10)).toBe('2026-03-10');
  });

  it('the new year starts at midnight in Vietnam, 17:00 UTC the day before', () => {
    expect(vietnamYear(new Date('2026-12-31T16:59:59Z'))).toBe(2026);
    expect(vietnamYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(vietnamDate(new Date('2026-12-31T17:00:00Z'))).toBe('2027-01-01');
  });

  it('writes the portal’s yyyyMMddHHmmss in Vietnam time: 16:59:59 UTC on 31/12 is 23:59:59, 17:00 UTC is next year', () => {
    expect(vietnamCompactDateTime(new Date('2026-12-31T16:59:59.900Z'))).toBe('20261231235959');
    expect(vietnamCompactDateTime(new Date('2026-12-31T17:00:00Z'))).toBe('20270101000000');
  });
});
