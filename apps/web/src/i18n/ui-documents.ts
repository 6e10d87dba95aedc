// UI text of features/documents, part of the catalogue (i18n/ui.ts).

export const uiDocuments = {
  title: 'Văn bản và giấy khen, bằng khen',
  decisionDocx: 'Quyết định khen thưởng (.docx)',
  proposalTitle: 'Văn bản của hồ sơ',
  proposalLetterDocx: 'Tờ trình (.docx)',
  proposalLetterHint:
    'Bản dự thảo kèm danh sách đối tượng đề nghị; số văn bản để trống cho văn thư cấp số khi phát hành.',
  achievementReport: 'Báo cáo thành tích (.docx)',
  achievementReportHint:
    'Mẫu báo cáo thành tích 5 năm gần nhất, điền sẵn xếp loại, sáng kiến và khen thưởng; phần còn lại để trống cho người viết.',
  reportForms: {
    menu: 'Mẫu báo cáo khác',
    download: 'Tải báo cáo (.docx)',
    household: 'Báo cáo thành tích của hộ gia đình',
    householdPick: 'Hộ gia đình',
    householdNone: 'Chưa có hộ gia đình nào thuộc đơn vị này.',
    dotXuat: 'Báo cáo thành tích đột xuất (.docx)',
    chuyenDe: 'Báo cáo thành tích thi đua theo chuyên đề',
    movementPick: 'Phong trào thi đua',
    movementNone: 'Chưa có phong trào thi đua nào.',
    congHien: 'Báo cáo thành tích quá trình cống hiến (.docx)',
    cstdtq: 'Báo cáo thành tích đề nghị Chiến sĩ thi đua toàn quốc (.docx)',
    dotXuatOf: 'Báo cáo thành tích đột xuất — {name} (.docx)',
  },
  certificatesFull: 'Giấy khen, bằng khen — in trên giấy trắng (PDF)',
  certificatesBlank: 'Giấy khen, bằng khen — in lên phôi (PDF)',
  hint: 'Mỗi khen thưởng một trang, có mã QR để tra cứu công khai; khen thưởng đã thu hồi không được in.',
  progress: 'Đang tạo giấy chứng nhận: {pages}/{total}',
  progressDone: 'Đã tạo xong giấy chứng nhận: {total}/{total}, tệp đã được tải về.',
  money: {
    title: 'Tiền thưởng',
    total: 'Tổng cộng: {amount}',
    count: '{count} khen thưởng',
    revoked: 'Không tính {count} khen thưởng đã thu hồi.',
    award: 'Hình thức',
    quantity: 'Số lượng',
    amount: 'Số tiền',
    xlsx: 'Bảng tiền thưởng (.xlsx)',
  },
} as const;
