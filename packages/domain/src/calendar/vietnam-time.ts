// Vietnam keeps one time zone, Asia/Ho_Chi_Minh, at UTC+7 with no daylight saving, so the
// conversion is a fixed offset (no Intl or tz database needed, the same in Node and browsers).
// A date taken from an instant in UTC is yesterday's date in Vietnam before 07:00.
import type { IsoDate } from '../rules/types';

const OFFSET_MS = 7 * 3_600_000;

/** The calendar date in Vietnam at this instant. */
export function vietnamDate(instant: Date): IsoDate {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** The year in Vietnam at this instant. */
export function vietnamYear(instant: Date): number {
  return new Date(instant.getTime() + OFFSET_MS).getUTCFullYear();
}

/** `yyyyMMddHHmmss` in Vietnam at this instant: the date-time format of the national public-service portal. */
export function vietnamCompactDateTime(instant: Date): string {
  return new Date(instant.getTime() + OFFSET_MS).toISOString().slice(0, 19).replace(/\D/g, '');
}
