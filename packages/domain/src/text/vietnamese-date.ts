// Dates as ND 30/2020/NĐ-CP prescribes them: written in full, and a day below 10 or a month
// below 3 takes a leading zero ("ngày 05 tháng 02 năm 2026"). Months 3–12 keep no zero by
// that rule, but every official template pads both to two digits, so this does too.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: string): { year: string; month: string; day: string } {
  const match = ISO_DATE.exec(iso);
  if (!match) throw new RangeError(`not an ISO date: ${iso}`);
  return { year: match[1] as string, month: match[2] as string, day: match[3] as string };
}

/** "ngày 05 tháng 02 năm 2026" */
export function formatLongDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `ngày ${day} tháng ${month} năm ${year}`;
}

/** "Sơn Hà, ngày 05 tháng 02 năm 2026" — the place and date line of a document. */
export function formatPlaceDate(place: string, iso: string): string {
  return `${place}, ${formatLongDate(iso)}`;
}

/** "05/02/2026" — for tables and certificates. */
export function formatShortDate(iso: string): string {
  const { year, month, day } = parts(iso);
  return `${day}/${month}/${year}`;
}

/** A document number below 10 takes a leading zero (ND 30/2020, Phụ lục I): 5 → "05". */
export function padDocumentNumber(numberAndSymbol: string): string {
  return numberAndSymbol.replace(/^(\d)(?=\/)/, '0$1');
}
