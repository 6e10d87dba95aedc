// UI text of features/my-work, part of the catalogue (i18n/ui.ts).

export const uiMyWork = {
  title: 'Việc chờ tôi xử lý',
  subtitle:
    'Những việc đang chờ chính bạn, trong phạm vi đơn vị bạn phụ trách: quá hạn trước, rồi theo hạn gần nhất.',
  total: 'Tổng số việc',
  overdue: 'Quá hạn',
  all: 'Tất cả',
  empty: 'Không có việc nào đang chờ bạn xử lý.',
  colKind: 'Việc',
  colTitle: 'Hồ sơ, phiên họp, đơn',
  colUnit: 'Đơn vị',
  colDue: 'Hạn',
  colLeft: 'Còn lại',
  open: 'Mở',
  noPage: 'Xử lý tại mục Khiếu nại, tố cáo',
  noDeadline: 'Không có hạn',
  dueToday: 'Hạn hôm nay',
  leftWorking: 'Còn {n} ngày làm việc',
  leftCalendar: 'Còn {n} ngày',
  lateWorking: 'Quá hạn {n} ngày làm việc',
  lateCalendar: 'Quá hạn {n} ngày',
  seeAll: 'Xem tất cả việc chờ xử lý',
  navCount: '{n} việc chờ xử lý',
} as const;
