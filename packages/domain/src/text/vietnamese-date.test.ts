import { describe, expect, it } from 'vitest';
import { formatLongDate, formatPlaceDate, formatShortDate, padDocumentNumber } from './vietnamese-date';

describe('Vietnamese document dates (ND 30/2020)', () => {
  it('pads day and month with a leading zero', () => {
    expect(formatLongDate('2026-02-05')).toBe('ngày 05 tháng 02 năm 2026');
    expect(formatPlaceDate('Sơn Hà', '2026-02-05')).toBe('Sơn Hà, ngày 05 tháng 02 năm 2026');
    expect(formatLongDate('2025-12-20')).toBe('ngày 20 tháng 12 năm 2025');
    expect(formatShortDate('2026-02-05')).toBe('05/02/2026');
  });
  it('refuses what is not an ISO date', () => {
    expect(() => formatLongDate('5/2/2026')).toThrow(RangeError);
  });
  it('pads document numbers below 10', () => {
    expect(padDocumentNumber('5/QĐ-UBND')).toBe('05/QĐ-UBND');
    expect(padDocumentNumber('15/QĐ-UBND')).toBe('15/QĐ-UBND');
  });
});
