import { addWorkingDays, VN_CALENDAR, type WorkCalendar } from '../calendar/working-days';
import { isoOfDay, toDay } from '../rules/dates';
import type { IsoDate } from '../rules/types';

// How the time limits of complaints and denunciations are counted. The values, with their
// articles, are rule-set parameters (`rules/complaint-limits.ts`, `RuleParams.complaintTimeLimits`):
// callers pass the limits of the rule set in force for the tenant on the day the case was received.

export const COMPLAINT_KINDS = ['KHIEU_NAI', 'TO_CAO'] as const;
export type ComplaintKind = (typeof COMPLAINT_KINDS)[number];

export const COMPLAINT_KIND_LABELS: Record<ComplaintKind, string> = {
  KHIEU_NAI: 'Khiếu nại',
  TO_CAO: 'Tố cáo',
};

/** How a limit is counted: calendar days (the law's "ngày") or working days ("ngày làm việc"). */
export type DayCount = 'CALENDAR' | 'WORKING';

export type TimeLimit = {
  readonly days: number;
  readonly count: DayCount;
  /** Extra days for a complex case (vụ việc phức tạp). */
  readonly complexDays?: number;
  /** Remote area (vùng sâu, vùng xa đi lại khó khăn): the days, and for a complex case. */
  readonly remoteDays?: number;
  readonly remoteComplexDays?: number;
  readonly citation: string;
};

export type ComplaintStep = 'ACCEPTANCE' | 'RESOLUTION';

export type ComplaintTimeLimits = Readonly<Record<ComplaintKind, Readonly<Record<ComplaintStep, TimeLimit>>>>;

export type DeadlineCase = { isRemoteArea: boolean; isComplex: boolean };

/** The number of days the limit gives this case, and whether the remote-area rule applied. */
export function limitDays(limit: TimeLimit, c: DeadlineCase): number {
  if (c.isRemoteArea && limit.remoteDays !== undefined) {
    return c.isComplex ? (limit.remoteComplexDays ?? limit.remoteDays) : limit.remoteDays;
  }
  return c.isComplex ? (limit.complexDays ?? limit.days) : limit.days;
}

/**
 * The last day of a limit counted from `from`: the day of the event is not counted; calendar days
 * run on, and a last day that falls on a day off moves to the next working day (Bộ luật Dân sự
 * 2015, Điều 148 khoản 5, which the procedural laws follow for "ngày").
 */
export function dueDate(
  from: IsoDate,
  limit: TimeLimit,
  c: DeadlineCase,
  cal: WorkCalendar = VN_CALENDAR,
): IsoDate {
  const days = limitDays(limit, c);
  if (limit.count === 'WORKING') return addWorkingDays(from, days, cal);
  return addWorkingDays(isoOfDay(toDay(from) + days), 0, cal);
}

export function stepDeadline(
  kind: ComplaintKind,
  step: ComplaintStep,
  from: IsoDate,
  c: DeadlineCase,
  limits: ComplaintTimeLimits,
): { dueOn: IsoDate; days: number; count: DayCount; citation: string } {
  const limit = limits[kind][step];
  return {
    dueOn: dueDate(from, limit, c),
    days: limitDays(limit, c),
    count: limit.count,
    citation: limit.citation,
  };
}
