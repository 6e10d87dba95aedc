import { vietnamDate, vietnamYear } from '@vinhdanh/domain/calendar/vietnam-time';
import dayjs from 'dayjs';
import { uiInputs } from '../i18n/ui-inputs';

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

/** What a VnDateInput hands on for text it refused: not a date, so no form saves it as one. */
export const REFUSED_DATE = 'ngay-khong-hop-le';
export const isRefusedDate = (value: unknown): boolean => value === REFUSED_DATE;
export const isIsoDate = (value: string): boolean => /^\d{4}-\d{2}-\d{2}/.test(value);

/**
 * A @mantine/form rule for a VnDateInput field: blocks the submit while its text is refused, and
 * when `required` is given, while it is empty.
 */
export const vnDateRule =
  (required?: string) =>
  (value: unknown): string | null => {
    if (isRefusedDate(value)) return uiInputs.date.refused;
    if (required && (value === '' || value === null || value === undefined)) return required;
    return null;
  };

/** '2025-12-31' → '31/12/2025': how every date field shows its value, whatever the browser's locale. */
export function formatVietnameseDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/**
 * Reads a date field's text: the ISO date to hand on (null when empty or refused) and the
 * message to show. A date outside [minDate, maxDate] is refused with a message, never moved.
 */
export function readVietnameseDate(
  text: string,
  bounds: { minDate?: string; maxDate?: string } = {},
): { value: string | null; error: string | null } {
  const d = uiInputs.date;
  if (text.trim() === '') return { value: null, error: null };
  const iso = parseVietnameseDate(text);
  if (!iso) return { value: null, error: d.invalid(text.trim()) };
  const { minDate, maxDate } = bounds;
  const early = minDate !== undefined && iso < minDate.slice(0, 10);
  const late = maxDate !== undefined && iso > maxDate.slice(0, 10);
  if (!early && !late) return { value: iso, error: null };
  if (minDate && maxDate)
    return { value: null, error: d.between(formatVietnameseDate(minDate), formatVietnameseDate(maxDate)) };
  return {
    value: null,
    error:
      early && minDate
        ? d.notBefore(formatVietnameseDate(minDate))
        : d.notAfter(formatVietnameseDate(maxDate ?? '')),
  };
}
