import { uiInputs } from '../i18n/ui-inputs';

/**
 * Numbers as Vietnamese officers write them: decimal comma, dot between thousands ("1.234,5").
 * Pure, so the one shared input (components/VnNumberInput) and its tests agree on every case.
 */

export type VnNumberParse = { kind: 'empty' } | { kind: 'number'; value: number } | { kind: 'invalid' };

const GROUPED = /^\d{1,3}(\.\d{3})+$/;

/**
 * "18,5" → 18.5; "1.234,5" → 1234.5; "1.234" → 1234 (a dot between groups of three is a
 * thousands separator, as in Vietnamese documents); "18.5" → 18.5 (a lone dot that cannot be a
 * thousands separator is read as the decimal point a foreign keyboard gives). Spaces are ignored.
 */
export function parseVnNumber(text: string): VnNumberParse {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace(/\u2212/g, '-');
  if (compact === '') return { kind: 'empty' };
  const match = /^([+-]?)([\d.,]+)$/.exec(compact);
  if (!match) return { kind: 'invalid' };
  const [, sign, body = ''] = match;
  let integerPart: string;
  let fraction = '';
  const commas = body.split(',').length - 1;
  if (commas > 1) return { kind: 'invalid' };
  if (commas === 1) {
    [integerPart = '', fraction = ''] = body.split(',');
    if (fraction === '' || !/^\d+$/.test(fraction)) return { kind: 'invalid' };
    if (integerPart.includes('.') && !GROUPED.test(integerPart)) return { kind: 'invalid' };
  } else if (body.includes('.')) {
    if (GROUPED.test(body)) integerPart = body;
    else if (/^\d+\.\d+$/.test(body)) [integerPart = '', fraction = ''] = body.split('.');
    else return { kind: 'invalid' };
  } else {
    integerPart = body;
  }
  const digits = integerPart.replace(/\./g, '');
  if (!/^\d+$/.test(digits)) return { kind: 'invalid' };
  const value = Number(`${sign === '-' ? '-' : ''}${digits}${fraction ? `.${fraction}` : ''}`);
  return Number.isFinite(value) ? { kind: 'number', value: value === 0 ? 0 : value } : { kind: 'invalid' };
}

/** 1234.5 → "1.234,5" (with thousands) or "1234,5"; years and codes go without thousands. */
export function formatVnNumber(
  value: number,
  options: { thousands?: boolean; decimals?: number } = {},
): string {
  if (!Number.isFinite(value)) return '';
  const rounded = options.decimals === undefined ? value : Number(value.toFixed(options.decimals));
  const [integerPart = '', fraction] = String(Math.abs(rounded)).split('.');
  const grouped = options.thousands ? integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : integerPart;
  return `${rounded < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

export type VnNumberRules = {
  min?: number;
  max?: number;
  /** Digits allowed after the comma; 0 (the default) means whole numbers only. */
  decimals?: number;
  thousands?: boolean;
};

/** Why a parsed number is refused, in Vietnamese; null when it is allowed. Never caps the value. */
export function vnNumberRangeError(value: number, rules: VnNumberRules): string | null {
  const m = uiInputs.number;
  const decimals = rules.decimals ?? 0;
  if (decimals === 0 && !Number.isInteger(value)) return m.integer;
  if (decimals > 0 && Math.abs(value * 10 ** decimals - Math.round(value * 10 ** decimals)) > 1e-6) {
    return m.decimals(decimals);
  }
  const show = (n: number) => formatVnNumber(n, { thousands: rules.thousands });
  const { min, max } = rules;
  const low = min !== undefined && value < min;
  const high = max !== undefined && value > max;
  if (!low && !high) return null;
  if (min !== undefined && max !== undefined) return m.between(show(min), show(max));
  return low && min !== undefined ? m.atLeast(show(min)) : m.atMost(show(max as number));
}

/** What the input hands its form: a number, '' when empty, or NaN when the text is refused. */
export type VnNumberValue = number | '';

/** Reads the field's text: the value to hand on and the message to show (null when accepted). */
export function readVnNumber(
  text: string,
  rules: VnNumberRules,
): { value: VnNumberValue; error: string | null } {
  const parsed = parseVnNumber(text);
  if (parsed.kind === 'empty') return { value: '', error: null };
  if (parsed.kind === 'invalid') return { value: Number.NaN, error: uiInputs.number.invalid };
  const error = vnNumberRangeError(parsed.value, rules);
  return { value: error ? Number.NaN : parsed.value, error };
}

/** True for a value a VnNumberInput handed on after refusing its text. */
export const isRefusedNumber = (value: unknown): boolean => typeof value === 'number' && Number.isNaN(value);

/**
 * A @mantine/form rule for a VnNumberInput field: blocks the submit while the field's text is
 * refused (the field itself shows why), and when `required` is given, while it is empty.
 */
export const vnNumberRule =
  (required?: string) =>
  (value: unknown): string | null => {
    if (isRefusedNumber(value)) return uiInputs.number.invalid;
    if (required && (value === '' || value === null || value === undefined)) return required;
    return null;
  };
