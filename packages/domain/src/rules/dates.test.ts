import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonthsDay, isoOfDay, parseIsoDay, periodYearOfDay, yearOfDay } from './dates';

// The integer calendar arithmetic must give exactly what the Date-based code it replaced gave.
const MS = 86_400_000;
const dateOf = (day: number) => new Date(day * MS);
const refAddMonths = (day: number, months: number) => {
  const d = dateOf(day);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), last)) / MS);
};
// 0100-01-01 … 9999-12-31 as day numbers.
const days = fc.integer({ min: -674_999, max: 2_932_896 });

describe('ngày dạng số (dates.ts)', () => {
  it('đọc và viết lại ngày ISO như Date', () => {
    fc.assert(
      fc.property(days, (day) => {
        const iso = dateOf(day).toISOString().slice(0, 10);
        expect(isoOfDay(day)).toBe(iso);
        expect(parseIsoDay(iso)).toBe(day);
        expect(yearOfDay(day)).toBe(dateOf(day).getUTCFullYear());
      }),
      { numRuns: 5_000 },
    );
  });

  it('cộng tháng, kẹp về cuối tháng, như Date (31/8 + 6 tháng = 28 hoặc 29/2)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: -600, max: 600 }), (day, months) => {
        expect(addMonthsDay(day, months)).toBe(refAddMonths(day, months));
      }),
      { numRuns: 5_000 },
    );
    expect(isoOfDay(addMonthsDay(parseIsoDay('2023-08-31') as number, 6))).toBe('2024-02-29');
    expect(isoOfDay(addMonthsDay(parseIsoDay('2024-08-31') as number, 6))).toBe('2025-02-28');
  });

  it('từ chối ngày sai dạng hoặc không có thật', () => {
    for (const bad of [
      '2024-02-30',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-1-01',
      '2024/01/01',
      '0099-01-01',
      '２０２４-01-01',
      '2024-01-1a',
      '',
    ])
      expect(parseIsoDay(bad), bad).toBeNull();
    expect(parseIsoDay('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / MS);
    expect(parseIsoDay('2000-02-29')).toBe(Date.UTC(2000, 1, 29) / MS);
    expect(parseIsoDay('1900-02-29')).toBeNull();
  });

  it('năm học bắt đầu từ tháng 9', () => {
    expect(periodYearOfDay(parseIsoDay('2025-08-31') as number, 'SCHOOL_YEAR')).toBe(2025);
    expect(periodYearOfDay(parseIsoDay('2025-09-01') as number, 'SCHOOL_YEAR')).toBe(2026);
    expect(periodYearOfDay(parseIsoDay('2025-12-31') as number, 'CALENDAR')).toBe(2025);
  });
});
