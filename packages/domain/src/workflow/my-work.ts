// "Việc chờ tôi xử lý": the kinds of work that wait for one user, who does each (by role), and
// the order the queue shows them in. The server computes the items from the workflow state; this
// file only names them, so the web and the e-mail notices use the same words.
import type { Role } from '../auth/roles';
import { isOverdue, workingDaysBetween } from '../calendar/working-days';
import type { IsoDate } from '../rules/types';

export const WORK_KINDS = [
  // Unit officer (cán bộ TĐKT đơn vị)
  'PROPOSAL_RETURNED',
  'PROPOSAL_TO_SUBMIT',
  // Leader of the unit
  'MINUTES_TO_CONFIRM',
  // Appraiser (chuyên viên thẩm định) of the receiving office
  'PROPOSAL_TO_RECEIVE',
  'PROPOSAL_TO_APPRAISE',
  'COMMENTS_TO_TRIAGE',
  'PUBLIC_COMMENT_TO_CLOSE',
  // Council secretary and members
  'COUNCIL_TO_CONVENE',
  'COUNCIL_TO_CLOSE',
  'BALLOT_TO_CAST',
  // Leader of the deciding unit
  'DECISION_TO_SIGN',
  'EXTERNAL_DECISION_TO_RECORD',
  // Complaint handler
  'COMPLAINT_TO_CLASSIFY',
  'COMPLAINT_TO_ACCEPT',
  'COMPLAINT_TO_CONCLUDE',
  // Exemplary models: the emulation office reviews, the unit officer reworks a returned one
  'MODEL_TO_REVIEW',
  'MODEL_RETURNED',
  // Inspector: a recommendation whose follow-up deadline is past or within a week
  'INSPECTION_FOLLOW_UP',
] as const;
export type WorkKind = (typeof WORK_KINDS)[number];

export const WORK_KIND_LABELS: Readonly<Record<WorkKind, string>> = {
  PROPOSAL_RETURNED: 'Hồ sơ bị trả lại, cần bổ sung',
  PROPOSAL_TO_SUBMIT: 'Hồ sơ đang soạn, chưa trình',
  MINUTES_TO_CONFIRM: 'Biên bản xét khen thưởng chờ xác nhận',
  PROPOSAL_TO_RECEIVE: 'Hồ sơ chờ tiếp nhận',
  PROPOSAL_TO_APPRAISE: 'Hồ sơ chờ thẩm định',
  COMMENTS_TO_TRIAGE: 'Ý kiến công khai chờ xử lý',
  PUBLIC_COMMENT_TO_CLOSE: 'Đợt lấy ý kiến công khai cần kết thúc',
  COUNCIL_TO_CONVENE: 'Hồ sơ chờ lập phiên họp Hội đồng',
  COUNCIL_TO_CLOSE: 'Phiên họp Hội đồng chờ kết thúc',
  BALLOT_TO_CAST: 'Phiếu bầu chờ bỏ',
  DECISION_TO_SIGN: 'Quyết định chờ ký',
  EXTERNAL_DECISION_TO_RECORD: 'Quyết định của cấp trên chờ ghi nhận',
  COMPLAINT_TO_CLASSIFY: 'Đơn khiếu nại, tố cáo chờ phân loại',
  COMPLAINT_TO_ACCEPT: 'Đơn đã phân loại, chờ thụ lý',
  COMPLAINT_TO_CONCLUDE: 'Đơn đã thụ lý, chờ kết luận',
  MODEL_TO_REVIEW: 'Điển hình tiên tiến chờ duyệt',
  MODEL_RETURNED: 'Điển hình tiên tiến bị trả lại',
  INSPECTION_FOLLOW_UP: 'Kiến nghị sau kiểm tra đến hạn theo dõi',
};

/**
 * The roles whose job each kind is. Administrators hold every permission but are not given the
 * office's work: a queue of everything in the province would bury what is theirs to do.
 */
export const WORK_KIND_ROLES: Readonly<Record<WorkKind, readonly Role[]>> = {
  PROPOSAL_RETURNED: ['UNIT_OFFICER'],
  PROPOSAL_TO_SUBMIT: ['UNIT_OFFICER'],
  MINUTES_TO_CONFIRM: ['LEADER'],
  PROPOSAL_TO_RECEIVE: ['APPRAISER'],
  PROPOSAL_TO_APPRAISE: ['APPRAISER'],
  COMMENTS_TO_TRIAGE: ['APPRAISER'],
  PUBLIC_COMMENT_TO_CLOSE: ['APPRAISER'],
  COUNCIL_TO_CONVENE: ['COUNCIL_SECRETARY'],
  COUNCIL_TO_CLOSE: ['COUNCIL_SECRETARY'],
  BALLOT_TO_CAST: ['COUNCIL_MEMBER'],
  DECISION_TO_SIGN: ['LEADER'],
  EXTERNAL_DECISION_TO_RECORD: ['LEADER'],
  COMPLAINT_TO_CLASSIFY: ['COMPLAINT_HANDLER'],
  COMPLAINT_TO_ACCEPT: ['COMPLAINT_HANDLER'],
  COMPLAINT_TO_CONCLUDE: ['COMPLAINT_HANDLER'],
  MODEL_TO_REVIEW: ['APPRAISER'],
  MODEL_RETURNED: ['UNIT_OFFICER'],
  INSPECTION_FOLLOW_UP: ['INSPECTOR'],
};

/** The kinds a user with these roles is given. */
export function workKindsFor(roles: readonly Role[]): WorkKind[] {
  return WORK_KINDS.filter((k) => WORK_KIND_ROLES[k].some((r) => roles.includes(r)));
}

/**
 * How a deadline is counted, as its own rule counts it: dossier steps in working days (law.md
 * §6.2), a council's meeting date and the public-comment end date as calendar dates; complaint
 * limits carry their own count (Luật Khiếu nại, Luật Tố cáo).
 */
export type DayCount = 'CALENDAR' | 'WORKING';

/** Days left until `dueOn` (negative when overdue), counted the deadline's own way. */
export function daysLeft(today: IsoDate, dueOn: IsoDate, count: DayCount): number {
  if (count === 'WORKING') {
    return dueOn >= today ? workingDaysBetween(today, dueOn) : -workingDaysBetween(dueOn, today);
  }
  return Math.round((Date.parse(`${dueOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export type WorkOrderKey = {
  readonly dueOn: IsoDate | null;
  readonly kind: WorkKind;
  readonly title: string;
};

/** Overdue first, then the nearest deadline, then those without one; ties by kind and title. */
export function compareWork(today: IsoDate, a: WorkOrderKey, b: WorkOrderKey): number {
  const late = (w: WorkOrderKey) => (w.dueOn !== null && isOverdue(w.dueOn, today) ? 0 : 1);
  if (late(a) !== late(b)) return late(a) - late(b);
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  const ka = WORK_KINDS.indexOf(a.kind);
  const kb = WORK_KINDS.indexOf(b.kind);
  if (ka !== kb) return ka - kb;
  return a.title.localeCompare(b.title, 'vi');
}
