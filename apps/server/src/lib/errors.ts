import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Stable error codes with their Vietnamese message. The web shows the message;
// clients branch on the code.
export const ERROR_MESSAGES = {
  INVALID_INPUT: 'Dữ liệu không hợp lệ.',
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  ACCOUNT_LOCKED: 'Tài khoản tạm khóa 5 phút do đăng nhập sai nhiều lần.',
  CSRF_INVALID: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  ORG_UNIT_NOT_FOUND: 'Không tìm thấy đơn vị.',
  PERSON_NOT_FOUND: 'Không tìm thấy cá nhân.',
  USER_NOT_FOUND: 'Không tìm thấy tài khoản.',
  VERSION_CONFLICT: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
  DUPLICATE_CODE: 'Mã đã tồn tại.',
  DUPLICATE_USERNAME: 'Tên đăng nhập đã tồn tại.',
  DUPLICATE_CITIZEN_ID: 'Số CCCD đã có trong hệ thống.',
  UNIT_NOT_ACTIVE: 'Đơn vị đã giải thể hoặc sáp nhập, không thể thao tác.',
  INVALID_RESTRUCTURE: 'Thao tác sắp xếp đơn vị không hợp lệ.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  INTERNAL: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  INVALID_INPUT: 400,
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  CSRF_INVALID: 403,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  ORG_UNIT_NOT_FOUND: 404,
  PERSON_NOT_FOUND: 404,
  USER_NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE_CODE: 409,
  DUPLICATE_USERNAME: 409,
  DUPLICATE_CITIZEN_ID: 409,
  UNIT_NOT_ACTIVE: 409,
  INVALID_RESTRUCTURE: 400,
  PAYLOAD_TOO_LARGE: 413,
  INTERNAL: 500,
};

export type ErrorDetail = { path: string; message: string };

export class AppError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    readonly details?: ErrorDetail[],
    message?: string,
  ) {
    super(message ?? ERROR_MESSAGES[code]);
    this.status = STATUS[code];
  }
}

export function errorBody(error: AppError, requestId?: string) {
  return { error: { code: error.code, message: error.message, details: error.details ?? [], requestId } };
}
