// Time limits per step, in working days. The rule sets do not carry them yet (law.md §14.6: ND 98/152
// values unconfirmed), so these are documented defaults a tenant overrides; null: no limit.
import { addWorkingDays, VN_CALENDAR, type WorkCalendar } from '../calendar/working-days';
import type { IsoDate } from '../rules/types';
import type { ProposalState } from './states';

export type StepDeadline = { readonly workingDays: number | null; readonly source: string };

export const DEFAULT_STEP_DEADLINES: Readonly<Record<ProposalState, StepDeadline>> = {
  DRAFT: { workingDays: null, source: 'Không giới hạn' },
  UNIT_REVIEW: {
    workingDays: 10,
    source: 'Do bộ, tỉnh quy định (law.md §6.2 mục 2 [U]); mặc định 10 ngày làm việc',
  },
  SUBMITTED: { workingDays: 2, source: 'Mặc định: tiếp nhận trong 2 ngày làm việc [U]' },
  RECEIVED: { workingDays: 3, source: 'Mặc định: kiểm tra thành phần hồ sơ trong 3 ngày làm việc [U]' },
  RETURNED: { workingDays: 10, source: 'Mặc định: bổ sung hồ sơ trong 10 ngày làm việc [U]' },
  APPRAISAL: {
    workingDays: 10,
    source:
      'Thẩm định 10 ngày làm việc từ khi nhận đủ hồ sơ (thủ tục hành chính cấp xã, sở; law.md §6.2 mục 8 [S])',
  },
  PUBLIC_COMMENT: {
    workingDays: 10,
    source: 'Thời gian lấy ý kiến công khai chưa được xác nhận (law.md §14.6); mặc định 10 ngày',
  },
  COUNCIL_VOTE: { workingDays: 10, source: 'Mặc định 10 ngày làm việc [U]' },
  DECISION_PENDING: {
    workingDays: 5,
    source: 'Mặc định 5 ngày làm việc (thủ tục đơn giản: ≤ 5 ngày, law.md §6.5 [S])',
  },
  PROPOSED_UP: { workingDays: null, source: 'Chờ quyết định của cấp trên' },
  DECIDED: { workingDays: null, source: '—' },
  REJECTED: { workingDays: null, source: '—' },
};

export type StepDeadlines = Readonly<Record<ProposalState, StepDeadline>>;

/** The due date of a step entered on `enteredOn`, or null when the step has no limit. */
export function dueDateFor(
  state: ProposalState,
  enteredOn: IsoDate,
  deadlines: StepDeadlines = DEFAULT_STEP_DEADLINES,
  calendar: WorkCalendar = VN_CALENDAR,
): IsoDate | null {
  const n = deadlines[state].workingDays;
  return n === null ? null : addWorkingDays(enteredOn, n, calendar);
}
