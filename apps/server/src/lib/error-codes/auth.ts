import type { ContentfulStatusCode } from 'hono/utils/http-status';

// Error codes of sign-in, passwords, two-step verification, accounts and OIDC (VNeID / SSO).
// Each has the Vietnamese message the web shows and its HTTP status; lib/errors.ts composes the
// parts into one catalogue, and a code lives in exactly one part.
export const AUTH_ERRORS = {
  UNAUTHENTICATED: 'Bạn cần đăng nhập để tiếp tục.',
  INVALID_CREDENTIALS: 'Tên đăng nhập hoặc mật khẩu không đúng.',
  ACCOUNT_LOCKED: 'Tài khoản tạm khóa 5 phút do đăng nhập sai nhiều lần.',
  CSRF_INVALID: 'Phiên làm việc không hợp lệ, vui lòng tải lại trang.',
  ACCOUNT_DISABLED: 'Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị viên.',
  PASSWORD_CHANGE_REQUIRED: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
  WRONG_PASSWORD: 'Mật khẩu hiện tại không đúng.',
  MFA_REQUIRED: 'Vui lòng nhập mã xác thực hai lớp (từ ứng dụng xác thực) để tiếp tục.',
  MFA_ENROLMENT_REQUIRED: 'Tài khoản của bạn phải bật xác thực hai lớp trước khi tiếp tục.',
  MFA_CODE_INVALID: 'Mã xác thực không đúng, đã hết hạn hoặc đã được dùng.',
  MFA_ALREADY_ENABLED: 'Xác thực hai lớp đã được bật cho tài khoản này.',
  MFA_NOT_STARTED: 'Chưa bắt đầu bật xác thực hai lớp: hãy tạo mã QR trước.',
  MFA_SECRET_UNREADABLE:
    'Máy chủ không đọc được khóa xác thực hai lớp của tài khoản (khóa mã hóa đã thay đổi). Hãy nhờ quản trị viên đặt lại xác thực hai lớp rồi bật lại.',
  WEAK_PASSWORD: 'Mật khẩu mới chưa đủ an toàn.',
  SAME_PASSWORD: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  CANNOT_DISABLE_SELF: 'Không thể tự vô hiệu hóa tài khoản của chính mình.',
  USER_NOT_FOUND: 'Không tìm thấy tài khoản.',
  DUPLICATE_USERNAME: 'Tên đăng nhập đã tồn tại.',
  OIDC_PROVIDER_UNKNOWN: 'Chưa cấu hình đăng nhập qua nhà cung cấp định danh này.',
  OIDC_STATE_INVALID:
    'Phiên đăng nhập không hợp lệ hoặc đã hết hạn (mã state không khớp). Vui lòng đăng nhập lại từ đầu.',
  OIDC_NONCE_MISMATCH:
    'Mã thông báo định danh không thuộc lượt đăng nhập này (nonce không khớp). Vui lòng đăng nhập lại.',
  OIDC_CODE_REJECTED:
    'Mã xác thực từ nhà cung cấp định danh đã hết hạn hoặc đã được dùng. Vui lòng đăng nhập lại.',
  OIDC_SIGNING_KEY_UNKNOWN:
    'Mã thông báo định danh được ký bằng khóa không có trong bộ khóa công bố của nhà cung cấp; đăng nhập bị từ chối.',
  OIDC_TOKEN_INVALID: 'Mã thông báo định danh không hợp lệ; đăng nhập bị từ chối.',
  OIDC_DENIED: 'Nhà cung cấp định danh không xác nhận đăng nhập (người dùng hủy hoặc bị từ chối).',
  OIDC_PROVIDER_UNAVAILABLE:
    'Không kết nối được nhà cung cấp định danh. Vui lòng thử lại sau hoặc đăng nhập bằng mật khẩu.',
  OIDC_NOT_LINKED:
    'Tài khoản định danh này chưa được liên kết với tài khoản cán bộ nào. Lần đầu đăng nhập, cán bộ cần mã mời do quản trị viên cấp.',
  OIDC_INVITATION_INVALID:
    'Mã mời không đúng, đã được dùng hoặc đã hết hạn. Vui lòng xin quản trị viên cấp mã mới.',
  OIDC_ALREADY_LINKED:
    'Tài khoản cán bộ này đã liên kết với một tài khoản định danh khác của cùng nhà cung cấp.',
  OIDC_CLAIM_MISSING:
    'Nhà cung cấp định danh không trả về số định danh cá nhân; không thể tạo tài khoản công dân.',
  CITIZEN_ONLY: 'Chức năng này chỉ dành cho công dân đăng nhập bằng định danh điện tử.',
} as const;

export const AUTH_STATUS: Record<keyof typeof AUTH_ERRORS, ContentfulStatusCode> = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  CSRF_INVALID: 403,
  ACCOUNT_DISABLED: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  WRONG_PASSWORD: 400,
  MFA_REQUIRED: 403,
  MFA_ENROLMENT_REQUIRED: 403,
  MFA_CODE_INVALID: 400,
  MFA_ALREADY_ENABLED: 409,
  MFA_NOT_STARTED: 409,
  MFA_SECRET_UNREADABLE: 409,
  WEAK_PASSWORD: 400,
  SAME_PASSWORD: 400,
  CANNOT_DISABLE_SELF: 409,
  USER_NOT_FOUND: 404,
  DUPLICATE_USERNAME: 409,
  OIDC_PROVIDER_UNKNOWN: 404,
  OIDC_STATE_INVALID: 400,
  OIDC_NONCE_MISMATCH: 400,
  OIDC_CODE_REJECTED: 400,
  OIDC_SIGNING_KEY_UNKNOWN: 400,
  OIDC_TOKEN_INVALID: 400,
  OIDC_DENIED: 400,
  OIDC_PROVIDER_UNAVAILABLE: 502,
  OIDC_NOT_LINKED: 403,
  OIDC_INVITATION_INVALID: 403,
  OIDC_ALREADY_LINKED: 409,
  OIDC_CLAIM_MISSING: 400,
  CITIZEN_ONLY: 403,
};
