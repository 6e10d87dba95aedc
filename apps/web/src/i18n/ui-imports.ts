// UI text of features/imports, part of the catalogue (i18n/ui.ts).

export const uiImports = {
  title: 'Nhập dữ liệu',
  subtitle:
    'Nhập danh sách, xếp loại, sáng kiến, khen thưởng từ tệp Excel theo mẫu: chạy thử, xác nhận, rồi ghi tất cả.',
  kind: 'Loại dữ liệu',
  kinds: {
    people: 'Cá nhân',
    ratings: 'Xếp loại hằng năm',
    initiatives: 'Sáng kiến, đề tài',
    awards: 'Khen thưởng (kèm quyết định)',
  },
  downloadTemplate: 'Tải tệp mẫu',
  file: 'Tệp dữ liệu (.xlsx hoặc .csv, tối đa 20 MB)',
  filePlaceholder: 'Chọn tệp…',
  dryRun: 'Tải lên và chạy thử',
  working: 'Đang xử lý…',
  row: 'Dòng',
  column: 'Cột',
  problem: 'Vấn đề',
  suggestion: 'Gợi ý sửa',
  summary:
    '{rows} dòng: {errors} dòng lỗi, {pending} dòng chờ xác nhận, {created} bản ghi sẽ thêm, {unchanged} dòng đã có.',
  matchesTitle: 'Cần xác nhận: những người có thể đã có trong hệ thống',
  matchHeading: 'Dòng {rows}: {name} (năm sinh {year}, {unit})',
  candidate: 'Là {name} (năm sinh {year}, {unit}) — {reason}',
  createNew: 'Không phải, thêm người mới',
  commit: 'Ghi vào hệ thống',
  fixFirst: 'Hãy sửa các dòng lỗi trong tệp rồi tải lên lại.',
  confirmTitle: 'Ghi dữ liệu?',
  confirmText:
    'Tất cả các dòng hợp lệ sẽ được ghi trong một lần; nếu có lỗi, không dòng nào được ghi. Tiếp tục?',
  committed: 'Đã ghi dữ liệu vào hệ thống.',
} as const;
