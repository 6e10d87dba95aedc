import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of the dossiers a child tenant sent up, at the receiving tenant
// (modules/incoming-dossiers, docs/interop.md). Each has the Vietnamese message the web shows and
// its HTTP status; lib/errors.ts composes the parts into one catalogue.
export const INCOMING_DOSSIER_ERRORS = {
  INCOMING_DOSSIER_NOT_FOUND: 'Không tìm thấy hồ sơ cấp dưới gửi lên.',
  INCOMING_DOSSIER_VERSION_CHANGED:
    'Cấp dưới vừa gửi lại phiên bản mới của hồ sơ. Vui lòng tải lại trang để xem phiên bản mới trước khi xử lý.',
  INCOMING_DOSSIER_WRONG_STATE: 'Hồ sơ không ở trạng thái cho phép thao tác này.',
  INCOMING_DOSSIER_UNKNOWN_ITEM: 'Hồ sơ không có đối tượng đề nghị này.',
  INCOMING_DOSSIER_REASON_REQUIRED: 'Cần ghi lý do khi không chấp thuận một đối tượng đề nghị.',
  INCOMING_DOSSIER_NOT_APPROVED:
    'Chưa chấp thuận hoặc không chấp thuận xong từng đối tượng đề nghị, nên chưa thể ban hành quyết định.',
  INCOMING_DOSSIER_NO_SIGNER:
    'Người ban hành quyết định phải là lãnh đạo có chức danh (để in dưới chữ ký) của đơn vị.',
} as const;

export const INCOMING_DOSSIER_STATUS: Record<keyof typeof INCOMING_DOSSIER_ERRORS, ContentfulStatusCode> = {
  INCOMING_DOSSIER_NOT_FOUND: 404,
  INCOMING_DOSSIER_VERSION_CHANGED: 409,
  INCOMING_DOSSIER_WRONG_STATE: 409,
  INCOMING_DOSSIER_UNKNOWN_ITEM: 400,
  INCOMING_DOSSIER_REASON_REQUIRED: 400,
  INCOMING_DOSSIER_NOT_APPROVED: 409,
  INCOMING_DOSSIER_NO_SIGNER: 409,
};
