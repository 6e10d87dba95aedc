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
  TOKEN_SIGNER_NO_PERSON:
    'Tài khoản của người ký chưa gắn với hồ sơ cá nhân, nên không đối chiếu được chứng thư số cá nhân. Hãy nhờ quản trị gắn tài khoản với hồ sơ của mình.',
  TOKEN_SIGNING_NOT_FOUND: 'Phiên ký số không tồn tại hoặc đã hết hạn. Hãy bắt đầu ký lại.',
  TOKEN_FILE_MISMATCH:
    'Tệp đã ký không phải tệp máy chủ đã chuẩn bị (nội dung ngoài chữ ký khác nhau), nên không được nhận.',
  TOKEN_SIGNATURE_INVALID: 'Chữ ký số trên tệp tải lên không hợp lệ, nên không được nhận.',
  TOKEN_CERTIFICATE_NOT_SIGNER:
    'Chứng thư số dùng để ký không phải của người ký (tên trên chứng thư khác tên trong hồ sơ của người ký).',
  TOKEN_SIGNING_INCOMPLETE: 'Chưa nhận đủ các tệp đã ký (quyết định và giấy khen, bằng khen). Hãy ký lại.',
  DECISION_NOT_SIGNED:
    'Quyết định chưa được ký số: thu hồi khen thưởng ngay trên quyết định, không cần ban hành quyết định thu hồi.',
  REVOCATION_DECISION_REQUIRED:
    'Quyết định đã được ký số nên không thể sửa: thu hồi khen thưởng bằng một quyết định thu hồi (có số và được ký số).',
  AWARD_NOT_IN_DECISION: 'Khen thưởng này không thuộc quyết định đã chọn.',
} as const;

export const DOCUMENTS_STATUS: Record<keyof typeof DOCUMENTS_ERRORS, ContentfulStatusCode> = {
  VERIFICATION_NOT_FOUND: 404,
  DOCUMENT_FONTS_MISSING: 503,
  SIGNING_NOT_CONFIGURED: 503,
  SIGNING_CERTIFICATE_INVALID: 503,
  DECISION_SIGNED: 409,
  DECISION_ALREADY_SIGNED: 409,
  PDF_INVALID: 400,
  TOKEN_SIGNER_NO_PERSON: 409,
  TOKEN_SIGNING_NOT_FOUND: 404,
  TOKEN_FILE_MISMATCH: 422,
  TOKEN_SIGNATURE_INVALID: 422,
  TOKEN_CERTIFICATE_NOT_SIGNER: 422,
  TOKEN_SIGNING_INCOMPLETE: 409,
  DECISION_NOT_SIGNED: 409,
  REVOCATION_DECISION_REQUIRED: 409,
  AWARD_NOT_IN_DECISION: 404,
};
