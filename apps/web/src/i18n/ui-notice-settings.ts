// UI text of features/notice-settings, part of the catalogue (i18n/ui.ts).

export const uiNoticeSettings = {
  title: 'Thư thông báo',
  headerLink: 'Thư thông báo',
  subtitle:
    'Nhận thư điện tử khi có việc đến lượt bạn xử lý. Dù tắt thư, mọi việc vẫn hiện trong "Việc chờ tôi xử lý".',
  email: 'Địa chỉ thư điện tử nhận thông báo',
  emailHint: 'Để trống nếu không muốn nhận thư.',
  mine: 'Việc thuộc vai trò của tôi',
  others: 'Việc của vai trò khác (nhận khi được giao vai trò đó)',
  reminderHint: 'Gửi trước hạn xử lý {n} ngày làm việc, một lần cho mỗi hạn.',
  noEmail: 'Chưa có địa chỉ thư: bạn sẽ không nhận thư nào, dù bật các loại thông báo dưới đây.',
  notConfigured:
    'Máy chủ chưa được cấu hình gửi thư (SMTP): thông báo tạm thời chỉ ghi vào nhật ký máy chủ. Thiết lập của bạn vẫn được lưu và có hiệu lực khi máy chủ gửi thư.',
  save: 'Lưu thiết lập',
  saved: 'Đã lưu thiết lập thư thông báo.',
} as const;
