// UI text of the app itself (its name, common words), part of the catalogue (i18n/ui.ts). No
// imports: the web build's config reads it for the login form in index.html (features/auth/login-shell.ts).
export const uiApp = {
  name: 'Vinh Danh',
  tagline: 'Quản lý thi đua, khen thưởng',
  loading: 'Đang tải…',
  notFound: 'Không tìm thấy trang bạn yêu cầu.',
  backHome: 'Về trang Tổng quan',
  retry: 'Thử lại',
  none: '—',
  /** A count the server stopped at (it counts up to 1,000 matches). */
  moreThan: 'hơn {n}',
  yes: 'Có',
  no: 'Không',
  cancel: 'Hủy',
  save: 'Lưu',
  close: 'Đóng',
} as const;
