import { describe, expect, it } from 'vitest';
import { VN_HOLIDAYS } from './holidays';
import { addWorkingDays, calendarOf, isOverdue, isWorkingDay, workingDaysBetween } from './working-days';

describe('working days (2025–2026, Vietnamese public holidays)', () => {
  it('skips weekends', () => {
    // Fri 7/3/2025 + 1 = Mon 10/3/2025.
    expect(addWorkingDays('2025-03-07', 1)).toBe('2025-03-10');
    expect(isWorkingDay('2025-03-08')).toBe(false);
  });

  it('skips Tết Ất Tỵ 2025 (Sat 25/1 – Sun 2/2)', () => {
    // Fri 24/1/2025 is the last working day before Tết; the next is Mon 3/2.
    expect(addWorkingDays('2025-01-24', 1)).toBe('2025-02-03');
    for (const d of ['2025-01-27', '2025-01-29', '2025-01-31']) expect(isWorkingDay(d)).toBe(false);
    // 10 working days from Mon 20/1/2025: 21–24/1 (4), 3–7/2 (5), 10/2 (1).
    expect(addWorkingDays('2025-01-20', 10)).toBe('2025-02-10');
  });

  it('skips Tết Bính Ngọ 2026 (Sat 14/2 – Sun 22/2)', () => {
    expect(addWorkingDays('2026-02-13', 1)).toBe('2026-02-23');
    expect(workingDaysBetween('2026-02-13', '2026-02-23')).toBe(1);
    expect(isWorkingDay('2026-02-17')).toBe(false);
  });

  it('counts the swapped working Saturdays and skips the swapped-away weekdays', () => {
    // Saturday 26/4/2025 was worked in exchange for Friday 2/5/2025.
    expect(isWorkingDay('2025-04-26')).toBe(true);
    expect(isWorkingDay('2025-05-02')).toBe(false);
    // Tue 29/4/2025 + 1 = Mon 5/5/2025 (30/4 – 4/5 off).
    expect(addWorkingDays('2025-04-29', 1)).toBe('2025-05-05');
    expect(isWorkingDay('2026-08-22')).toBe(true);
    // Fri 28/8/2026 + 1 = Thu 3/9/2026 (29/8 – 2/9 off).
    expect(addWorkingDays('2026-08-28', 1)).toBe('2026-09-03');
  });

  it('skips Giỗ Tổ and its make-up day, and Quốc khánh 2025', () => {
    expect(isWorkingDay('2025-04-07')).toBe(false);
    expect(isWorkingDay('2026-04-27')).toBe(false);
    expect(addWorkingDays('2025-08-29', 1)).toBe('2025-09-03');
    expect(addWorkingDays('2025-12-31', 1)).toBe('2026-01-02');
  });

  it('workingDaysBetween and addWorkingDays agree', () => {
    for (const [from, n] of [
      ['2025-01-02', 30],
      ['2026-02-01', 15],
      ['2025-08-20', 12],
    ] as const) {
      expect(workingDaysBetween(from, addWorkingDays(from, n))).toBe(n);
    }
  });

  it('n = 0 rolls forward to a working day; negative n is refused', () => {
    expect(addWorkingDays('2026-02-14', 0)).toBe('2026-02-23');
    expect(addWorkingDays('2026-02-24', 0)).toBe('2026-02-24');
    expect(() => addWorkingDays('2026-02-24', -1)).toThrow(RangeError);
  });

  it('isOverdue: the due day is still in time', () => {
    expect(isOverdue('2025-02-10', '2025-02-10')).toBe(false);
    expect(isOverdue('2025-02-10', '2025-02-11')).toBe(true);
  });

  it('a custom table replaces the default (configurable)', () => {
    const cal = calendarOf([{ year: 2025, daysOff: [], workingWeekendDays: [], source: 'thử' }]);
    expect(addWorkingDays('2025-01-24', 1, cal)).toBe('2025-01-27');
  });

  it('lists only weekdays as days off, and only weekend days as working', () => {
    for (const y of VN_HOLIDAYS) {
      for (const d of y.daysOff) expect([0, 6], d.date).not.toContain(new Date(d.date).getUTCDay());
      for (const d of y.workingWeekendDays) expect([0, 6], d.date).toContain(new Date(d.date).getUTCDay());
    }
  });
});
