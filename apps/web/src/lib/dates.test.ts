import { describe, expect, it } from 'vitest';
import { formatVietnameseDate, parseVietnameseDate, readVietnameseDate } from './dates';

describe('dates as dd/mm/yyyy, whatever the browser locale', () => {
  it('"31/12/2025" ↔ 2025-12-31', () => {
    expect(parseVietnameseDate('31/12/2025')).toBe('2025-12-31');
    expect(formatVietnameseDate('2025-12-31')).toBe('31/12/2025');
    expect(parseVietnameseDate(formatVietnameseDate('2024-02-29'))).toBe('2024-02-29');
  });

  it('takes one-digit day and month and the other usual separators', () => {
    expect(parseVietnameseDate('1/7/2025')).toBe('2025-07-01');
    expect(parseVietnameseDate('01.07.2025')).toBe('2025-07-01');
    expect(parseVietnameseDate('01-07-2025')).toBe('2025-07-01');
  });

  it('refuses dates that do not exist and other orders', () => {
    for (const text of [
      '31/02/2025',
      '29/02/2025',
      '32/01/2025',
      '12/13/2025',
      '2025-12-31',
      '31/12/25',
      'hôm nay',
    ]) {
      expect(parseVietnameseDate(text), text).toBeNull();
    }
    // Month first (the en-US order) is not silently swapped: 12/31/2025 has no 31st month.
    expect(parseVietnameseDate('12/31/2025')).toBeNull();
  });

  it('readVietnameseDate refuses with a message that repeats the text, and checks the bounds', () => {
    expect(readVietnameseDate('31/12/2025')).toEqual({ value: '2025-12-31', error: null });
    expect(readVietnameseDate('')).toEqual({ value: null, error: null });
    expect(readVietnameseDate('30/02/2025')).toEqual({
      value: null,
      error: '"30/02/2025" không phải ngày hợp lệ. Nhập theo dạng dd/mm/yyyy, ví dụ 31/12/2025',
    });
    expect(readVietnameseDate('01/01/2030', { maxDate: '2026-12-04' })).toEqual({
      value: null,
      error: 'Ngày không được sau 04/12/2026',
    });
    expect(readVietnameseDate('01/01/2020', { minDate: '2021-01-01', maxDate: '2021-12-31' }).error).toBe(
      'Ngày phải từ 01/01/2021 đến 31/12/2021',
    );
  });
});
