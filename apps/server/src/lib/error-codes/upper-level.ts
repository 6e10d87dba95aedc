import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of sending a dossier to the upper level (modules/upper-level, docs/interop.md).
export const UPPER_LEVEL_ERRORS = {
  UPPER_LEVEL_ALREADY_SENT:
    'Hồ sơ đã được gửi lên cấp trên và đang chờ cấp trên xử lý; chỉ gửi lại khi cấp trên trả lại hồ sơ.',
  UPPER_LEVEL_NOTHING_TO_SEND:
    'Hồ sơ không còn đối tượng nào được đề nghị lên cấp trên (tất cả đã bị thẩm định không đủ điều kiện hoặc Hội đồng không thông qua).',
  UPPER_LEVEL_SEAL_REQUIRED:
    'Chưa gửi được: gói hồ sơ gửi lên cấp trên phải được ký bằng chứng thư số của cơ quan, mà chứng thư chưa được cấu hình. Chọn tệp chứng thư (PKCS#12) trong Thiết lập văn bản và đặt mật khẩu ở biến môi trường VINHDANH_SIGNING_PASSWORD.',
} as const;

export const UPPER_LEVEL_STATUS: Record<keyof typeof UPPER_LEVEL_ERRORS, ContentfulStatusCode> = {
  UPPER_LEVEL_ALREADY_SENT: 409,
  UPPER_LEVEL_NOTHING_TO_SEND: 409,
  UPPER_LEVEL_SEAL_REQUIRED: 409,
};
