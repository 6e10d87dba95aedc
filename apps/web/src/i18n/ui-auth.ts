// UI text of sign-in, password change and two-step verification (features/auth), part of the
// catalogue (i18n/ui.ts).

export const uiAuth = {
  title: 'Đăng nhập',
  subtitle: 'Hệ thống quản lý thi đua, khen thưởng',
  oidcDivider: 'hoặc đăng nhập bằng VNeID / SSO',
  invitationCode: 'Mã mời (lần đầu đăng nhập bằng VNeID / SSO)',
  invitationHint: 'Cán bộ đăng nhập lần đầu nhập mã do quản trị viên cấp để liên kết tài khoản.',
  username: 'Tên đăng nhập',
  usernamePlaceholder: 'ví dụ: canbo.sogd',
  password: 'Mật khẩu',
  submit: 'Đăng nhập',
  usernameRequired: 'Vui lòng nhập tên đăng nhập',
  passwordRequired: 'Vui lòng nhập mật khẩu',
  loggedOut: 'Bạn đã đăng xuất.',
  sessionExpired: 'Phiên làm việc đã hết hạn, vui lòng đăng nhập lại.',
} as const;

export const uiPassword = {
  change: 'Đổi mật khẩu',
  forcedTitle: 'Bạn cần đổi mật khẩu trước khi tiếp tục',
  forcedText:
    'Mật khẩu hiện tại do quản trị viên đặt lại hoặc là mật khẩu mẫu đã công bố. Hãy chọn mật khẩu mới chỉ mình bạn biết.',
  current: 'Mật khẩu hiện tại',
  next: 'Mật khẩu mới',
  nextHint: 'Ít nhất 10 ký tự, không dùng mật khẩu phổ biến hay chứa tên đăng nhập.',
  confirm: 'Nhập lại mật khẩu mới',
  mismatch: 'Hai lần nhập mật khẩu mới không khớp',
  submit: 'Lưu mật khẩu mới',
  done: 'Đã đổi mật khẩu. Các phiên đăng nhập khác đã được đăng xuất.',
} as const;

export const uiMfa = {
  verifyTitle: 'Xác thực hai lớp',
  verifyText: 'Nhập mã 6 chữ số đang hiện trong ứng dụng xác thực trên điện thoại, hoặc một mã khôi phục.',
  code: 'Mã xác thực',
  verify: 'Xác nhận',
  enrolTitle: 'Bật xác thực hai lớp',
  enrolText:
    'Tài khoản quản trị và người ký phải dùng xác thực hai lớp. Cài một ứng dụng xác thực (Google Authenticator, Microsoft Authenticator…) rồi quét mã QR.',
  start: 'Tạo mã QR',
  qrAlt: 'Mã QR để quét bằng ứng dụng xác thực',
  secret: 'Hoặc nhập khóa này vào ứng dụng:',
  enable: 'Bật xác thực hai lớp',
  recoveryTitle: 'Mã khôi phục — chỉ hiện một lần',
  recoveryText: 'Mỗi mã dùng được một lần khi không có điện thoại. Hãy in hoặc chép lại và cất nơi an toàn.',
  recoveryDone: 'Tôi đã lưu các mã khôi phục',
  recoveryLeft: 'Đã dùng một mã khôi phục; còn lại {count} mã.',
} as const;
