// Vietnamese public holidays as data, one entry per year, because the days off are announced yearly.
// Statutory holidays: Bộ luật Lao động 2019, Điều 112 (Tết Dương lịch 1 day, Tết Âm lịch 5 days,
// 30/4 and 1/5, Quốc khánh 2/9 plus one adjacent day, Giỗ Tổ Hùng Vương 10/3 âm lịch). The exact
// weekdays, make-up days and swapped working Saturdays for civil servants are set each year by the
// Prime Minister on the Ministry of Home Affairs' proposal. Edit this table (or pass your own) when a
// new year is announced; years missing from it only skip weekends.
import type { IsoDate } from '../rules/types';

export type HolidayYear = {
  readonly year: number;
  /** Weekdays off (holidays, make-up days, days swapped away). Weekends need not be listed. */
  readonly daysOff: readonly { readonly date: IsoDate; readonly name: string }[];
  /** Saturdays or Sundays that are working days because a weekday was swapped away. */
  readonly workingWeekendDays: readonly { readonly date: IsoDate; readonly name: string }[];
  readonly source: string;
};

export type HolidayTable = readonly HolidayYear[];

const days = (name: string, ...dates: IsoDate[]) => dates.map((date) => ({ date, name }));

export const VN_HOLIDAYS: HolidayTable = [
  {
    year: 2025,
    daysOff: [
      ...days('Tết Dương lịch', '2025-01-01'),
      // Tết Ất Tỵ: off Sat 25/1 – Sun 2/2/2025 (9 days); the weekdays are 27/1 – 31/1.
      ...days('Tết Nguyên đán', '2025-01-27', '2025-01-28', '2025-01-29', '2025-01-30', '2025-01-31'),
      ...days('Giỗ Tổ Hùng Vương (10/3 âm lịch)', '2025-04-07'),
      ...days('Ngày Chiến thắng 30/4', '2025-04-30'),
      ...days('Ngày Quốc tế Lao động 1/5', '2025-05-01'),
      // Friday 2/5 swapped with Saturday 26/4, so 30/4 – 4/5 is one block.
      ...days('Nghỉ hoán đổi dịp 30/4 – 1/5', '2025-05-02'),
      ...days('Quốc khánh (ngày liền kề)', '2025-09-01'),
      ...days('Quốc khánh 2/9', '2025-09-02'),
    ],
    workingWeekendDays: days('Làm bù cho ngày 02/5/2025', '2025-04-26'),
    source:
      'Phương án nghỉ Tết Âm lịch và Quốc khánh 2025 do Thủ tướng đồng ý theo đề xuất của Bộ Nội vụ; hoán đổi ngày làm việc 02/5 ↔ 26/4/2025 theo thông báo của Bộ Nội vụ (số hiệu văn bản cần đối chiếu)',
  },
  {
    year: 2026,
    daysOff: [
      ...days('Tết Dương lịch', '2026-01-01'),
      // Tết Bính Ngọ: off Sat 14/2 – Sun 22/2/2026 (9 days); the weekdays are 16/2 – 20/2.
      ...days('Tết Nguyên đán', '2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'),
      // 10/3 âm lịch falls on Sunday 26/4/2026: made up on Monday 27/4.
      ...days('Nghỉ bù Giỗ Tổ Hùng Vương (10/3 âm lịch)', '2026-04-27'),
      ...days('Ngày Chiến thắng 30/4', '2026-04-30'),
      ...days('Ngày Quốc tế Lao động 1/5', '2026-05-01'),
      // Monday 31/8 swapped with Saturday 22/8, so 29/8 – 2/9 is one block.
      ...days('Nghỉ hoán đổi dịp Quốc khánh', '2026-08-31'),
      ...days('Quốc khánh (ngày liền kề)', '2026-09-01'),
      ...days('Quốc khánh 2/9', '2026-09-02'),
    ],
    workingWeekendDays: days('Làm bù cho ngày 31/8/2026', '2026-08-22'),
    source:
      'Thông báo của Văn phòng Chính phủ ngày 13/10/2025 (Thủ tướng đồng ý phương án nghỉ Tết Âm lịch và Quốc khánh 2026 do Bộ Nội vụ đề xuất)',
  },
];
