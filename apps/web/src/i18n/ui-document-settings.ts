// UI text of features/document-settings, part of the catalogue (i18n/ui.ts).

export const uiDocumentSettings = {
  title: 'Thiết lập văn bản',
  subtitle: 'Thông tin in trên quyết định và giấy khen, bằng khen của toàn đơn vị',
  placeName: 'Địa danh',
  placeNameHint: 'In ở dòng "…, ngày … tháng … năm …"',
  parentBody: 'Cơ quan chủ quản',
  parentBodyHint: 'In phía trên tên cơ quan ban hành, ví dụ "UBND TỈNH SƠN HÀ"; để trống nếu không có',
  signerTitle: 'Chức danh người ký',
  signerTitleHint: 'Ví dụ "Chủ tịch"',
  offsets: 'Căn chỉnh khi in lên phôi',
  offsetsHint:
    'Dịch toàn bộ nội dung khi in lên phôi in sẵn, tính bằng mm (số dương: sang phải, xuống dưới), từ -50 đến 50.',
  offsetX: 'Độ lệch ngang (mm)',
  offsetY: 'Độ lệch dọc (mm)',
  placeNameRequired: 'Nhập địa danh',
  placeNameTooLong: 'Địa danh tối đa 100 ký tự',
  signerTitleRequired: 'Nhập chức danh người ký',
  offsetRange: 'Độ lệch phải từ -50 đến 50 mm',
  offsetDecimals: 'Chỉ lấy một chữ số thập phân',
  save: 'Lưu thiết lập',
  saved: 'Đã lưu thiết lập văn bản.',
} as const;
