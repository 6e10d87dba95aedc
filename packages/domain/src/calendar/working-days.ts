// The deadline clock: working days skip weekends and the listed public holidays, and count the
// swapped working Saturdays. Dates are ISO strings; arithmetic is on whole UTC days.
import { isoOfDay, toDay } from '../rules/dates';
import type { IsoDate } from '../rules/types';
import { type HolidayTable, VN_HOLIDAYS } from './holidays';

export type WorkCalendar = {
  readonly daysOff: ReadonlySet<IsoDate>;
  readonly workingWeekendDays: ReadonlySet<IsoDate>;
};

export function calendarOf(table: HolidayTable = VN_HOLIDAYS): WorkCalendar {
  return {
    daysOff: new Set(table.flatMap((y) => y.daysOff.map((d) => d.date))),
    workingWeekendDays: new Set(table.flatMap((y) => y.workingWeekendDays.map((d) => d.date))),
  };
}

export const VN_CALENDAR: WorkCalendar = calendarOf();

function isWorkingDayNumber(day: number, cal: WorkCalendar): boolean {
  const iso = isoOfDay(day);
  if (cal.workingWeekendDays.has(iso)) return true;
  // Day 0 (1970-01-01) was a Thursday: 0 = Thursday … 2 = Saturday, 3 = Sunday.
  const weekday = (((day + 4) % 7) + 7) % 7; // 0 = Sunday … 6 = Saturday
  if (weekday === 0 || weekday === 6) return false;
  return !cal.daysOff.has(iso);
}

export const isWorkingDay = (date: IsoDate, cal: WorkCalendar = VN_CALENDAR): boolean =>
  isWorkingDayNumber(toDay(date), cal);

/**
 * The date `n` working days after `date` (n ≥ 0). The start day itself is not counted, as
 * deadlines run "from the day after the complete dossier is received"; n = 0 gives the first
 * working day on or after `date`.
 */
export function addWorkingDays(date: IsoDate, n: number, cal: WorkCalendar = VN_CALENDAR): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Số ngày làm việc không hợp lệ: ${n}`);
  let day = toDay(date);
  if (n === 0) {
    while (!isWorkingDayNumber(day, cal)) day += 1;
    return isoOfDay(day);
  }
  let left = n;
  while (left > 0) {
    day += 1;
    if (isWorkingDayNumber(day, cal)) left -= 1;
  }
  return isoOfDay(day);
}

/** Working days in (from, to]: 0 when `to` is not after `from`. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, cal: WorkCalendar = VN_CALENDAR): number {
  const end = toDay(to);
  let count = 0;
  for (let day = toDay(from) + 1; day <= end; day += 1) if (isWorkingDayNumber(day, cal)) count += 1;
  return count;
}

/** A step is overdue once today is past its due date (the due day itself is still in time). */
export const isOverdue = (dueOn: IsoDate, today: IsoDate): boolean => toDay(today) > toDay(dueOn);
