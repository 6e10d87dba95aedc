import { vietnamDate, vietnamYear } from '@vinhdanh/domain/calendar/vietnam-time';
import dayjs from 'dayjs';

/** Parses what people type in a date field, 'dd/mm/yyyy', into the API's 'YYYY-MM-DD'. */
export function parseVietnameseDate(value: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  return dayjs(iso).isValid() && dayjs(iso).format('YYYY-MM-DD') === iso ? iso : null;
}

/** Today's date in Vietnam (UTC+7), whatever the browser's time zone: the server's rule too. */
export function todayIso(): string {
  return vietnamDate(new Date());
}

/** This year in Vietnam. */
export function currentYear(): number {
  return vietnamYear(new Date());
}
