// The one place Vietnamese text loses its diacritics: search on the server and in the browser,
// the ASCII fallbacks of file names and PDF signature fields, and the e2e specs all fold here.

/**
 * "Nguyễn Văn Đức" → "Nguyen Van Duc": the letters without their marks, case kept. Đ/đ is a
 * separate letter, not a combining mark, so NFD alone does not fold it.
 */
export function stripVietnameseMarks(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D');
}

/** Diacritic-insensitive form for search: "  Nguyễn Văn  Đức" → "nguyen van duc". */
export function foldVietnamese(text: string): string {
  return stripVietnameseMarks(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Tidy a person's name as typed: single spaces, NFC, each word capitalised. */
export function normalizePersonName(text: string): string {
  return text
    .normalize('NFC')
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1).toLocaleLowerCase('vi'))
    .join(' ');
}
