import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes shared by every module (input, access, versions, uploads, limits).
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const COMMON_ERRORS = {
  INVALID_INPUT: 'Dữ liệu không hợp lệ.',
  INVALID_CURSOR: 'Vị trí trang không hợp lệ hoặc không khớp cách sắp xếp; vui lòng tải lại danh sách.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  NOT_FOUND: 'Không tìm thấy dữ liệu yêu cầu.',
  VERSION_CONFLICT: 'Dữ liệu đã được người khác thay đổi. Vui lòng tải lại rồi thử lại.',
  DUPLICATE_CODE: 'Mã đã tồn tại.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  UPLOAD_TYPE_NOT_ALLOWED:
    'Chỉ nhận tệp PDF, Word (.doc, .docx), Excel (.xls, .xlsx), ảnh JPEG hoặc PNG, xét theo nội dung tệp.',
  UPLOAD_TOO_LARGE: 'Tệp vượt quá dung lượng cho phép, hãy chọn tệp nhỏ hơn.',
  UPLOAD_EMPTY: 'Tệp rỗng, hãy chọn lại tệp.',
  RATE_LIMITED: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
  INTERNAL: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
  DATABASE_UNAVAILABLE:
    'Cơ sở dữ liệu tạm thời không truy cập được (đang chuyển sang máy chủ dự phòng hoặc khởi động lại). Vui lòng thử lại sau ít phút.',
} as const;

export const COMMON_STATUS: Record<keyof typeof COMMON_ERRORS, ContentfulStatusCode> = {
  INVALID_INPUT: 400,
  INVALID_CURSOR: 400,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  VERSION_CONFLICT: 409,
  DUPLICATE_CODE: 409,
  PAYLOAD_TOO_LARGE: 413,
  UPLOAD_TYPE_NOT_ALLOWED: 400,
  UPLOAD_TOO_LARGE: 413,
  UPLOAD_EMPTY: 400,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  DATABASE_UNAVAILABLE: 503,
};
