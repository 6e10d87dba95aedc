import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of exemplary models and their conferences.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const MODELS_ERRORS = {
  MODEL_NOT_FOUND: 'Không tìm thấy điển hình tiên tiến.',
  MODEL_NOT_EDITABLE:
    'Chỉ sửa được điển hình đang soạn hoặc bị trả lại; điển hình đã gửi hoặc đã duyệt không sửa được.',
  MODEL_NOT_SUBMITTED: 'Điển hình chưa được gửi duyệt, hoặc đã được xử lý.',
  MODEL_NOT_APPROVED: 'Chỉ nhân rộng hoặc vinh danh điển hình đã được duyệt và công khai.',
  MODEL_SUBJECT_REQUIRED: 'Điển hình là cá nhân hoặc tập thể phải chọn cá nhân, tập thể tương ứng.',
  MODEL_SUBJECT_MISMATCH: 'Cá nhân, tập thể được chọn không đúng loại điển hình.',
  MODEL_AWARD_MISMATCH: 'Khen thưởng được gắn phải là khen thưởng của chính cá nhân, tập thể điển hình.',
  MODEL_ALREADY_ADOPTED: 'Đơn vị này đã ghi nhận nhân rộng điển hình này.',
  MODEL_PHOTO_UNREADABLE: 'Không đọc được ảnh (tệp hỏng hoặc không phải ảnh).',
  MODEL_PHOTO_LIMIT: 'Mỗi điển hình có tối đa 10 ảnh.',
  CONFERENCE_NOT_FOUND: 'Không tìm thấy hội nghị điển hình tiên tiến.',
  CONFERENCE_HONOUREE_DUPLICATE:
    'Điển hình hoặc khen thưởng này đã có trong danh sách vinh danh của hội nghị.',
} as const;

export const MODELS_STATUS: Record<keyof typeof MODELS_ERRORS, ContentfulStatusCode> = {
  MODEL_NOT_FOUND: 404,
  MODEL_NOT_EDITABLE: 409,
  MODEL_NOT_SUBMITTED: 409,
  MODEL_NOT_APPROVED: 409,
  MODEL_SUBJECT_REQUIRED: 400,
  MODEL_SUBJECT_MISMATCH: 400,
  MODEL_AWARD_MISMATCH: 400,
  MODEL_ALREADY_ADOPTED: 409,
  MODEL_PHOTO_UNREADABLE: 400,
  MODEL_PHOTO_LIMIT: 409,
  CONFERENCE_NOT_FOUND: 404,
  CONFERENCE_HONOUREE_DUPLICATE: 409,
};
