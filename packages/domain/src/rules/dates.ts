// Calendar dates as whole days since 1970-01-01 (UTC), so comparisons are integer comparisons.
import type { EvaluationPeriod, IsoDate } from './types';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** Day number of a valid ISO date, or null for a malformed or impossible one (2024-02-30). */
export function parseIsoDay(value: string): number | null {
  const m = ISO.exec(value);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (mo < 1 || mo > 12 || d < 1) return null;
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / MS_PER_DAY);
}

export const isValidIsoDate = (value: string): boolean => parseIsoDay(value) !== null;

/** Day number of a date already validated at the edge; throws on a programming error. */
export function toDay(value: IsoDate): number {
  const day = parseIsoDay(value);
  if (day === null) throw new RangeError(`Ngày không hợp lệ: ${value}`);
  return day;
}

export const dayOf = (year: number, month: number, date: number): number =>
  Math.round(Date.UTC(year, month - 1, date) / MS_PER_DAY);

export const yearOfDay = (day: number): number => new Date(day * MS_PER_DAY).getUTCFullYear();

export function isoOfDay(day: number): IsoDate {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** dd/MM/yyyy as Vietnamese documents write it. */
export function formatDayVn(day: number): string {
  const iso = isoOfDay(day);
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The same calendar day `months` later, clamped to the month's end (31/8 + 6 months = 28/2 or 29/2). */
export function addMonthsDay(day: number, months: number): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return Math.round(Date.UTC(y, m, Math.min(d.getUTCDate(), lastDay)) / MS_PER_DAY);
}

export const yearEndIso = (year: number): IsoDate => `${year}-12-31`;

/** First day of the evaluation period named by `year` (a school year is named by the year it ends). */
export const periodStartDay = (year: number, period: EvaluationPeriod): number =>
  period === 'SCHOOL_YEAR' ? dayOf(year - 1, 9, 1) : dayOf(year, 1, 1);

/** Last day of the evaluation period named by `year`. */
export const periodEndDay = (year: number, period: EvaluationPeriod): number =>
  period === 'SCHOOL_YEAR' ? dayOf(year, 8, 31) : dayOf(year, 12, 31);

/** The evaluation period (its year) a day falls in. */
export function periodYearOfDay(day: number, period: EvaluationPeriod): number {
  const d = new Date(day * MS_PER_DAY);
  const y = d.getUTCFullYear();
  return period === 'SCHOOL_YEAR' && d.getUTCMonth() >= 8 ? y + 1 : y;
}
