import { formatPercentVn } from '@vinhdanh/domain/rules/names';
import dayjs from 'dayjs';
import { t, ui } from '../i18n/ui';

/** '2025-03-01' → '01/03/2025'. Masked values ('1969-**-**') show only the year. */
export function formatDate(value: string | null | undefined): string {
  if (!value) return ui.app.none;
  if (value.includes('*')) return `**/**/${value.slice(0, 4)}`;
  const date = dayjs(value);
  return date.isValid() ? date.format('DD/MM/YYYY') : value;
}

/** Accepts ISO and PostgreSQL timestamps ('2026-11-21 05:45:48.159+00'); shows local time. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return ui.app.none;
  const date = dayjs(new Date(value.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')));
  return date.isValid() ? date.format('DD/MM/YYYY HH:mm:ss') : value;
}

/** 1234000 → '1.234.000 đ' (dot as thousands separator, as in Vietnamese documents). */
export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined) return ui.app.none;
  const sign = value < 0 ? '-' : '';
  const digits = String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${digits} đ`;
}

export function formatNumber(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** A list's match count: the server counts up to 1,000, so a capped count reads "hơn 1.000". */
export function formatTotal(page: { total: number; totalCapped?: boolean }): string {
  const n = formatNumber(page.total);
  return page.totalCapped ? t(ui.app.moreThan, { n }) : n;
}

/** A share as Vietnamese writes it: 21,3% (decimal comma). */
export function formatPercent(value: number): string {
  return `${formatPercentVn(value)}%`;
}

export function birthYear(value: string | null | undefined): string {
  return value ? value.slice(0, 4) : ui.app.none;
}

/** 1536 → '2 KB', 1572864 → '1,5 MB': file sizes as a Vietnamese reader writes them (decimal comma). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString('vi-VN')} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} MB`;
}

/** The label of a stored file's type (the server sets it from the bytes, never the name). */
const FILE_TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'Ảnh JPEG',
  'image/png': 'Ảnh PNG',
  'application/msword': 'Word (.doc)',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word (.docx)',
  'application/vnd.ms-excel': 'Excel (.xls)',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel (.xlsx)',
};
export const fileTypeLabel = (mimeType: string) => FILE_TYPES[mimeType] ?? mimeType;

/** Whether the browser shows the file itself (PDF, images) rather than downloading it. */
export const opensInBrowser = (mimeType: string) =>
  ['application/pdf', 'image/jpeg', 'image/png'].includes(mimeType);
