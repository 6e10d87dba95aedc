// Diacritic-insensitive form of Vietnamese text, used for search:
// "Nguyễn Văn Đức" → "nguyen van duc". Đ/đ is a separate letter, not a
// combining mark, so NFD alone does not fold it.
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
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
