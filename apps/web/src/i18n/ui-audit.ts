// UI text of features/audit, part of the catalogue (i18n/ui.ts).

export const uiAudit = {
  title: 'Nhật ký hệ thống',
  subtitle: 'Các sự kiện mới nhất. Nhật ký chỉ ghi thêm, không sửa, không xóa.',
  /** Each of a tenant's chains (shards) numbers its own events. */
  seq: 'Chuỗi · STT',
  at: 'Thời điểm',
  actor: 'Người thực hiện',
  action: 'Hành động',
  entity: 'Đối tượng',
  before: 'Trước',
  after: 'Sau',
  loadMore: 'Xem thêm',
  empty: 'Chưa có sự kiện nào.',
  system: 'Hệ thống',
} as const;
