import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of the packages that carry dossiers between levels (modules/exchange, docs/interop.md).
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const EXCHANGE_ERRORS = {
  PACKAGE_INVALID: 'Gói hồ sơ không đúng định dạng (vinhdanh-package/1).',
  PACKAGE_SIGNATURE_INVALID: 'Chữ ký số của gói hồ sơ không hợp lệ, hoặc bản kê đã bị sửa sau khi ký.',
  PACKAGE_FILE_MISMATCH:
    'Tệp trong gói hồ sơ không khớp bản kê (thiếu tệp, thừa tệp hoặc mã SHA-256 không đúng).',
  PACKAGE_WRONG_RECIPIENT: 'Gói hồ sơ này không gửi cho đơn vị chủ quản này.',
  PACKAGE_UNKNOWN_SENDER: 'Đơn vị gửi gói hồ sơ chưa được kết nối với đơn vị chủ quản này.',
  PACKAGE_NO_PARENT: 'Đơn vị chủ quản chưa có cấp trên để gửi hồ sơ lên.',
  PACKAGE_NOT_FOUND: 'Không tìm thấy gói hồ sơ.',
} as const;

export const EXCHANGE_STATUS: Record<keyof typeof EXCHANGE_ERRORS, ContentfulStatusCode> = {
  PACKAGE_INVALID: 400,
  PACKAGE_SIGNATURE_INVALID: 400,
  PACKAGE_FILE_MISMATCH: 400,
  PACKAGE_WRONG_RECIPIENT: 400,
  PACKAGE_UNKNOWN_SENDER: 403,
  PACKAGE_NO_PARENT: 409,
  PACKAGE_NOT_FOUND: 404,
};
