import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of the .xlsx/.csv imports.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const IMPORTS_ERRORS = {
  IMPORT_FILE_EMPTY: 'Tệp rỗng, không có dữ liệu để nhập.',
  IMPORT_FILE_TOO_LARGE: 'Tệp vượt quá 20 MB. Hãy chia nhỏ tệp hoặc dùng lệnh vinhdanh import.',
  IMPORT_FILE_TYPE: 'Chỉ nhận tệp Excel (.xlsx) hoặc CSV UTF-8 (.csv) đúng định dạng.',
  IMPORT_FILE_MALFORMED: 'Tệp bị hỏng hoặc không đọc được. Hãy mở bằng Excel và lưu lại dạng .xlsx.',
  IMPORT_FILE_SUSPICIOUS: 'Tệp có cấu trúc bất thường (dung lượng giải nén quá lớn), hệ thống từ chối đọc.',
  IMPORT_TOO_MANY_ROWS:
    'Tệp có quá 50.000 dòng, vượt giới hạn nhập trên web. Hãy chia nhỏ tệp hoặc dùng lệnh vinhdanh import.',
  IMPORT_CELL_TOO_LONG:
    'Tệp có ô dài hơn 32.767 ký tự (giới hạn của Excel): tệp không đúng mẫu, hệ thống từ chối đọc.',
  IMPORT_TOO_MUCH_MEMORY:
    'Tệp cần quá nhiều bộ nhớ để đọc (cấu trúc bất thường hoặc quá nhiều ô). Hãy kiểm tra tệp, chia nhỏ tệp hoặc dùng lệnh vinhdanh import.',
  IMPORT_BUSY:
    'Bạn đang có một lượt nhập dữ liệu chưa đọc xong. Vui lòng đợi lượt đó xong rồi tải tệp lên lại.',
  IMPORT_WRONG_SHEET: 'Không tìm thấy trang dữ liệu đúng mẫu: dòng tiêu đề thiếu cột bắt buộc.',
  IMPORT_NOT_FOUND: 'Không tìm thấy lượt nhập dữ liệu.',
  IMPORT_ALREADY_COMMITTED: 'Lượt nhập này đã được ghi vào hệ thống.',
  IMPORT_HAS_ERRORS: 'Tệp còn dòng lỗi nên chưa ghi dòng nào. Hãy sửa tệp rồi tải lên lại.',
  IMPORT_NEEDS_CONFIRMATION: 'Còn trường hợp trùng khớp chưa được xác nhận.',
} as const;

export const IMPORTS_STATUS: Record<keyof typeof IMPORTS_ERRORS, ContentfulStatusCode> = {
  IMPORT_FILE_EMPTY: 400,
  IMPORT_FILE_TOO_LARGE: 400,
  IMPORT_FILE_TYPE: 400,
  IMPORT_FILE_MALFORMED: 400,
  IMPORT_FILE_SUSPICIOUS: 400,
  IMPORT_TOO_MANY_ROWS: 400,
  IMPORT_CELL_TOO_LONG: 400,
  IMPORT_TOO_MUCH_MEMORY: 400,
  IMPORT_BUSY: 429,
  IMPORT_WRONG_SHEET: 400,
  IMPORT_NOT_FOUND: 404,
  IMPORT_ALREADY_COMMITTED: 409,
  IMPORT_HAS_ERRORS: 409,
  IMPORT_NEEDS_CONFIRMATION: 409,
};
