import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { dictionary } from '@zxcvbn-ts/language-common';
import { AppError } from '../../lib/errors';

// A new password must not be one people commonly pick. The list (~49,000 entries) is the
// maintained one shipped with zxcvbn-ts; a few Vietnamese habits are added, because they are
// not in an English-centred list.

const VIETNAMESE_COMMON = [
  'matkhau',
  'matkhau123',
  'matkhau@123',
  'vietnam',
  'vietnam123',
  'hanoi123',
  'saigon123',
  'anhyeuem',
  'emyeuanh',
  'thiduakhenthuong',
  'khenthuong',
  'quantri',
  'admin@123',
  '123456789a',
  '123456a@',
];

let common: Set<string> | undefined;
function commonPasswords(): Set<string> {
  common ??= new Set([...(dictionary['passwords-common'] as string[]), ...VIETNAMESE_COMMON]);
  return common;
}

export const MIN_PASSWORD_LENGTH = 10;

/** The Vietnamese reason a new password is refused, or null when it may be used. */
export function weakPasswordReason(password: string, username?: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  const folded = foldVietnamese(password).replace(/\s+/g, '');
  const list = commonPasswords();
  // "Password2024!" is "password" with decoration: strip trailing digits and symbols too.
  const stem = folded.replace(/[\d\W_]+$/u, '');
  if (list.has(folded) || list.has(password.toLowerCase()) || (stem.length >= 4 && list.has(stem))) {
    return 'Mật khẩu này quá phổ biến, dễ bị đoán. Hãy chọn mật khẩu khác.';
  }
  if (/^(.)\1+$/.test(password) || /^(0123456789|1234567890|9876543210)+/.test(password)) {
    return 'Mật khẩu này quá đơn giản, dễ bị đoán. Hãy chọn mật khẩu khác.';
  }
  if (username && folded.includes(foldVietnamese(username))) {
    return 'Mật khẩu không được chứa tên đăng nhập.';
  }
  return null;
}

/** Refuses a weak new password with WEAK_PASSWORD, pointing at the form field. */
export function assertStrongPassword(password: string, field: string, username?: string) {
  const reason = weakPasswordReason(password, username);
  if (reason) throw new AppError('WEAK_PASSWORD', [{ path: field, message: reason }], reason);
}
