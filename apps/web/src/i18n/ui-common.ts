// UI text shared by every page (app shell, menu, header, errors, roles), part of the catalogue
// (i18n/ui.ts).
import { ROLE_LABELS } from '@vinhdanh/domain/auth/roles';

export { uiApp } from './ui-app';

export const uiNav = {
  dashboard: 'Tổng quan',
  orgUnits: 'Đơn vị',
  people: 'Cá nhân',
  users: 'Tài khoản',
  audit: 'Nhật ký',
  awardSearch: 'Tra cứu khen thưởng',
  imports: 'Nhập dữ liệu',
  proposals: 'Hồ sơ đề nghị',
  documentSettings: 'Thiết lập văn bản',
  tenantAwards: 'Danh hiệu riêng của tỉnh',
  councils: 'Hội đồng',
  myWork: 'Việc chờ tôi xử lý',
  openMenu: 'Mở menu',
} as const;

export const uiHeader = {
  logout: 'Đăng xuất',
  tenant: 'Đơn vị chủ quản',
  unit: 'Đơn vị công tác',
} as const;

// Error messages come from the server's catalogue (apps/server/src/lib/errors.ts, in
// Vietnamese); only what the browser itself can hit, and labels, live here.
export const uiErrors = {
  INTERNAL: 'Đã xảy ra lỗi hệ thống. Vui lòng thử lại hoặc báo quản trị viên.',
  NETWORK: 'Không kết nối được máy chủ. Vui lòng kiểm tra mạng rồi thử lại.',
  title: 'Có lỗi xảy ra',
  requestId: 'Mã yêu cầu',
} as const;

// The domain names the roles once, for the server's documents and the console alike.
export const uiRoles = ROLE_LABELS;

export const uiDemoBanner =
  'Bản dùng thử: dữ liệu tỉnh Sơn Hà là hư cấu và mật khẩu các tài khoản mẫu được công bố. Không nhập dữ liệu thật.';
