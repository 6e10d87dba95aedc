// UI text of the statistics pages (forms, fairness view, year-end summary), part of the catalogue.

export const viReports = {
  nav: 'Thống kê, báo cáo',
  forms: {
    title: 'Biểu mẫu thống kê',
    subtitle:
      'Số liệu thi đua, khen thưởng theo Thông tư số 2/2023/TT-BNV, tính từ hồ sơ trong phạm vi của bạn',
    form: 'Biểu mẫu',
    year: 'Năm báo cáo',
    unit: 'Đơn vị',
    unitPlaceholder: 'Toàn bộ phạm vi của bạn',
    downloadXlsx: 'Tải Excel',
    downloadPdf: 'Tải PDF',
    reportingUnit: 'Đơn vị báo cáo: {unit}',
    version: 'Áp dụng: {version}',
    code: 'Mã số',
    unitOfCount: 'Đơn vị tính',
    clickHint: 'Bấm vào một số để xem danh sách hồ sơ tạo nên số đó.',
    options: {
      '0601': '0601 — Số phong trào thi đua',
      '0602': '0602 — Khen thưởng cấp Nhà nước',
      '0603': '0603 — Khen thưởng cấp bộ, ngành, tỉnh',
    } as Record<string, string>,
  },
  records: {
    title: 'Hồ sơ tạo nên số liệu',
    cell: '{row} × {column}',
    total: '{n} bản ghi',
    name: 'Đối tượng',
    unit: 'Đơn vị',
    code: 'Hình thức',
    kind: 'Loại',
    decision: 'Quyết định',
    empty: 'Không có bản ghi nào.',
  },
};
