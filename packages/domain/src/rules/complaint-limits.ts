// The time limits of complaints (khiếu nại) and denunciations (tố cáo) about emulation and
// commendation, as rule-set parameters (`RuleParams.complaintTimeLimits`): each value carries its
// article and how the law counts it, and a province may override it like any other parameter.
// Verification with `search` (2026-12-04; docs/complaints.md lists the queries):
// - Luật Khiếu nại 2011, Điều 28 (30 days, 45 complex; remote area 45, complex 60): matched by a
//   published summary of the law (luatsugiadinh.net.vn) [S].
// - Luật Khiếu nại 2011, Điều 27 (thụ lý within 10 days): [chưa đối chiếu] — no text found.
// - Luật Tố cáo 2018, Điều 24 (initial handling within 07 working days of receipt): [chưa đối chiếu].
// - Luật Tố cáo 2018, Điều 30 (30 days from acceptance, once +30 complex): the article's subject
//   ("thời hạn giải quyết tố cáo") confirmed by the Government Inspectorate's 2018 draft decree
//   submission; the figures [chưa đối chiếu]. The Law on Denunciations has no remote-area extension.
import type { ComplaintTimeLimits } from '../complaints/time-limits';

export const LUAT_KHIEU_NAI_2011 = 'Luật Khiếu nại 2011';
export const LUAT_TO_CAO_2018 = 'Luật Tố cáo 2018';

export const COMPLAINT_TIME_LIMITS_DEFAULT: ComplaintTimeLimits = {
  KHIEU_NAI: {
    ACCEPTANCE: { days: 10, count: 'CALENDAR', citation: `${LUAT_KHIEU_NAI_2011}, Điều 27` },
    RESOLUTION: {
      days: 30,
      complexDays: 45,
      // "Ở vùng sâu, vùng xa đi lại khó khăn": the unit's is_remote_area flag.
      remoteDays: 45,
      remoteComplexDays: 60,
      count: 'CALENDAR',
      citation: `${LUAT_KHIEU_NAI_2011}, Điều 28`,
    },
  },
  TO_CAO: {
    // "ngày làm việc": counted on the working calendar.
    ACCEPTANCE: { days: 7, count: 'WORKING', citation: `${LUAT_TO_CAO_2018}, Điều 24 khoản 1; Điều 29` },
    RESOLUTION: {
      days: 30,
      // One extension of up to 30 days for a complex case (Điều 30 khoản 2).
      complexDays: 60,
      count: 'CALENDAR',
      citation: `${LUAT_TO_CAO_2018}, Điều 30`,
    },
  },
};
