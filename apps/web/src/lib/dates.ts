import dayjs from 'dayjs';

/** Parses what people type in a date field, 'dd/mm/yyyy', into the API's 'YYYY-MM-DD'. */
export function parseVietnameseDate(value: string): string | null {
  const match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (!match) return null;
  const [, day, month, year] = match;
  const iso = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  return dayjs(iso).isValid() && dayjs(iso).format('YYYY-MM-DD') === iso ? iso : null;
}

export function todayIso(): string {
  return dayjs().format('YYYY-MM-DD');
}
