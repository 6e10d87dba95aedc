import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of award records, decisions on record, initiatives, holds and evidence.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const RECORDS_ERRORS = {
  RECORD_NOT_FOUND: 'Không tìm thấy bản ghi.',
  DECISION_NOT_FOUND: 'Không tìm thấy quyết định.',
  DUPLICATE_RATING: 'Đối tượng này đã có kết quả đánh giá của năm đó.',
  DUPLICATE_DECISION_NUMBER: 'Số, ký hiệu quyết định đã có trong hệ thống.',
  DECISION_ISSUER_OUT_OF_SCOPE:
    'Chỉ vào sổ được quyết định của đơn vị mình quản lý. Quyết định của cơ quan khác trong tỉnh do chính cơ quan đó ban hành hoặc vào sổ.',
  DECISION_OUT_OF_SCOPE:
    'Quyết định này do đơn vị ngoài phạm vi quản lý của bạn ban hành, không gắn khen thưởng vào được. Hãy ghi số và ngày quyết định (không chọn quyết định), hoặc đề nghị cơ quan ban hành cập nhật.',
  AWARD_ALREADY_REVOKED: 'Khen thưởng này đã bị thu hồi.',
  INITIATIVE_NOT_OF_SUBJECT:
    'Sáng kiến, đề tài làm căn cứ phải là của chính cá nhân được khen thưởng (cá nhân là tác giả hoặc đồng tác giả).',
  INITIATIVE_ALREADY_USED:
    'Sáng kiến, đề tài này đã làm căn cứ cho một khen thưởng khác, không dùng lại (Công văn 5007/BNV-TĐKT, mục III.5.c).',
  HOLD_ALREADY_CLOSED: 'Vụ việc này đã được đóng.',
  EVIDENCE_FILE_TYPE: 'Chỉ nhận tệp minh chứng PDF, ảnh JPEG/PNG hoặc Word (.doc, .docx) đúng định dạng.',
  EVIDENCE_FILE_NOT_FOUND: 'Không tìm thấy tệp minh chứng.',
  EVIDENCE_FILE_EMPTY: 'Tệp minh chứng rỗng, hãy chọn lại tệp.',
  EVIDENCE_FILE_TOO_LARGE:
    'Tệp minh chứng vượt quá 10 MB. Hãy quét lại với độ phân giải thấp hơn hoặc tách tệp.',
} as const;

export const RECORDS_STATUS: Record<keyof typeof RECORDS_ERRORS, ContentfulStatusCode> = {
  RECORD_NOT_FOUND: 404,
  DECISION_NOT_FOUND: 404,
  DUPLICATE_RATING: 409,
  DUPLICATE_DECISION_NUMBER: 409,
  DECISION_ISSUER_OUT_OF_SCOPE: 403,
  DECISION_OUT_OF_SCOPE: 403,
  AWARD_ALREADY_REVOKED: 409,
  INITIATIVE_NOT_OF_SUBJECT: 422,
  INITIATIVE_ALREADY_USED: 409,
  HOLD_ALREADY_CLOSED: 409,
  EVIDENCE_FILE_TYPE: 400,
  EVIDENCE_FILE_NOT_FOUND: 404,
  EVIDENCE_FILE_EMPTY: 400,
  EVIDENCE_FILE_TOO_LARGE: 413,
};
