import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of generated documents, signing and verification.
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const DOCUMENTS_ERRORS = {
  VERIFICATION_NOT_FOUND: 'Không tìm thấy giấy chứng nhận với mã này.',
  DOCUMENT_FONTS_MISSING:
    'Máy chủ thiếu phông chữ tiếng Việt để in văn bản (Liberation Serif 2). Hãy cài gói fonts-liberation2 hoặc đặt VINHDANH_FONT_DIR.',
  SIGNING_NOT_CONFIGURED:
    'Chưa cấu hình chứng thư số của cơ quan: chọn tệp chứng thư (PKCS#12) trong Thiết lập văn bản và đặt mật khẩu ở biến môi trường VINHDANH_SIGNING_PASSWORD.',
  SIGNING_CERTIFICATE_INVALID:
    'Không mở được chứng thư số của cơ quan: sai mật khẩu, tệp hỏng hoặc loại khóa không được hỗ trợ.',
  DECISION_SIGNED:
    'Quyết định đã được ký số nên không thể sửa. Muốn thu hồi khen thưởng, hãy ban hành quyết định thu hồi.',
  DECISION_ALREADY_SIGNED: 'Quyết định này đã được ký số.',
  PDF_INVALID: 'Tệp tải lên không phải là tệp PDF.',
} as const;

export const DOCUMENTS_STATUS: Record<keyof typeof DOCUMENTS_ERRORS, ContentfulStatusCode> = {
  VERIFICATION_NOT_FOUND: 404,
  DOCUMENT_FONTS_MISSING: 503,
  SIGNING_NOT_CONFIGURED: 503,
  SIGNING_CERTIFICATE_INVALID: 503,
  DECISION_SIGNED: 409,
  DECISION_ALREADY_SIGNED: 409,
  PDF_INVALID: 400,
};
