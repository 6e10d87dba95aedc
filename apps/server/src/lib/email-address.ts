import { z } from '@hono/zod-openapi';

// One rule for an e-mail address wherever a user gives one (their own notice settings, an
// administrator's account form): trimmed, at most 254 characters (RFC 5321's path limit), the
// usual local@domain shape. An empty string means "no address" (the user gets no e-mail).

export const EMAIL_INVALID_MESSAGE = 'Địa chỉ thư điện tử không hợp lệ, ví dụ đúng: nguyenvana@sonha.gov.vn.';

const shape = z.email();

export const emailAddress = z
  .string()
  .trim()
  .max(254, 'Địa chỉ thư điện tử tối đa 254 ký tự.')
  .refine((v) => v === '' || shape.safeParse(v).success, EMAIL_INVALID_MESSAGE)
  .nullable()
  .openapi({
    description: 'Địa chỉ nhận thư thông báo; chuỗi rỗng hoặc null: không nhận thư.',
    example: 'nguyenvana@sonha.gov.vn',
  });

/** The stored form: null for none. */
export function storedEmail(value: string | null | undefined): string | null {
  const v = value?.trim() ?? '';
  return v === '' ? null : v;
}
