import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of statistical reports, snapshots and roll-ups.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const REPORTS_ERRORS = {
  REPORT_FORM_NOT_FOUND: 'Không có biểu mẫu thống kê này cho năm báo cáo đã chọn.',
  REPORT_CELL_NOT_FOUND: 'Không có ô số liệu này trong biểu mẫu.',
  REPORT_DEFINITION_INVALID: 'Định nghĩa biểu mẫu thống kê không hợp lệ.',
  REPORT_SNAPSHOT_NOT_FOUND: 'Không tìm thấy báo cáo đã chốt.',
  REPORT_SIGNER_NOT_LEADER:
    'Người ký báo cáo phải là lãnh đạo (vai trò Lãnh đạo) phụ trách đơn vị báo cáo, tài khoản đang hoạt động.',
  REPORT_SIGNED_ON_INVALID:
    'Ngày ký báo cáo phải từ ngày 01/01 của năm báo cáo đến hôm nay (không ký trước kỳ báo cáo, không ký cho ngày mai).',
  REPORT_SNAPSHOT_CONFLICT: 'Biểu mẫu này vừa được người khác chốt. Vui lòng tải lại rồi thử lại.',
  REPORT_IMPORT_MALFORMED: 'Tệp không phải JSON hợp lệ: hãy tải lên đúng tệp JSON báo cáo đã chốt.',
  REPORT_IMPORT_INVALID:
    'Tệp không đúng lược đồ báo cáo số liệu đã chốt (docs/schemas/report-snapshot.schema.json).',
  REPORT_IMPORT_HASH_MISMATCH:
    'Mã băm không khớp nội dung: tệp đã bị sửa sau khi chốt, hệ thống từ chối nhận.',
  REPORT_IMPORT_UNKNOWN_FORM:
    'Biểu mẫu hoặc phiên bản biểu mẫu trong tệp không có trong danh mục của hệ thống, hoặc hàng, cột không khớp biểu mẫu.',
  REPORT_IMPORT_PARTIAL_SCOPE:
    'Báo cáo trong tệp chỉ của một đơn vị trực thuộc; chỉ tổng hợp báo cáo của toàn bộ tỉnh, bộ, ngành gửi lên.',
  REPORT_IMPORT_OWN_TENANT: 'Tệp là báo cáo của chính đơn vị mình, không phải báo cáo của cấp dưới gửi lên.',
  REPORT_IMPORT_OLDER:
    'Đã có bản chốt mới hơn của đơn vị gửi cho cùng biểu mẫu và năm; bản cũ hơn không thay thế được.',
  REPORT_IMPORT_TOO_MANY: 'Mỗi lần tải lên tối đa 100 tệp.',
  REPORT_ROLLUP_NOT_RECEIVER:
    'Chỉ bộ, ngành hoặc cơ quan trung ương mới nhận và tổng hợp báo cáo của các tỉnh, bộ, ngành.',
  REPORT_YEARS_TOO_MANY: 'Chỉ xem được tối đa 30 năm một lần.',
} as const;

export const REPORTS_STATUS: Record<keyof typeof REPORTS_ERRORS, ContentfulStatusCode> = {
  REPORT_FORM_NOT_FOUND: 404,
  REPORT_CELL_NOT_FOUND: 404,
  REPORT_DEFINITION_INVALID: 500,
  REPORT_SNAPSHOT_NOT_FOUND: 404,
  REPORT_SIGNER_NOT_LEADER: 422,
  REPORT_SIGNED_ON_INVALID: 422,
  REPORT_SNAPSHOT_CONFLICT: 409,
  REPORT_IMPORT_MALFORMED: 400,
  REPORT_IMPORT_INVALID: 400,
  REPORT_IMPORT_HASH_MISMATCH: 422,
  REPORT_IMPORT_UNKNOWN_FORM: 422,
  REPORT_IMPORT_PARTIAL_SCOPE: 422,
  REPORT_IMPORT_OWN_TENANT: 422,
  REPORT_IMPORT_OLDER: 409,
  REPORT_IMPORT_TOO_MANY: 400,
  REPORT_ROLLUP_NOT_RECEIVER: 403,
  REPORT_YEARS_TOO_MANY: 400,
};
