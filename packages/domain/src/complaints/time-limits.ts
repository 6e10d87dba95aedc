import { addWorkingDays, VN_CALENDAR, type WorkCalendar } from '../calendar/working-days';
import { isoOfDay, toDay } from '../rules/dates';
import type { IsoDate } from '../rules/types';

// Time limits for complaints (khiếu nại) and denunciations (tố cáo) about emulation and
// commendation, as parameters with the article they come from. Checked against the law texts
// (search, 2026-12-03): Luật Khiếu nại 2011 (02/2011/QH13) Điều 27 (thụ lý within 10 days of
// receipt) and Điều 28 (first resolution ≤ 30 days from acceptance, 45 for a complex case; in
// remote areas with difficult travel 45 and 60); Luật Tố cáo 2018 (25/2018/QH14) Điều 24 (initial
// handling within 7 working days of receipt), Điều 29 (acceptance; the parties are told within 5
// working days) and Điều 30 (resolution ≤ 30 days from acceptance, extended once by ≤ 30 days for
// a complex case, twice for a particularly complex one). The Law on Denunciations has no
// remote-area extension. A province may override a value; the defaults are these.

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

export const COMPLAINT_TIME_LIMITS: ComplaintTimeLimits = {
  KHIEU_NAI: {
    ACCEPTANCE: { days: 10, count: 'CALENDAR', citation: 'Luật Khiếu nại 2011, Điều 27' },
    RESOLUTION: {
      days: 30,
      complexDays: 45,
      remoteDays: 45,
      remoteComplexDays: 60,
      count: 'CALENDAR',
      citation: 'Luật Khiếu nại 2011, Điều 28',
    },
  },
  TO_CAO: {
    ACCEPTANCE: { days: 7, count: 'WORKING', citation: 'Luật Tố cáo 2018, Điều 24 khoản 1; Điều 29' },
    RESOLUTION: {
      days: 30,
      // One extension of up to 30 days for a complex case (Điều 30 khoản 2).
      complexDays: 60,
      count: 'CALENDAR',
      citation: 'Luật Tố cáo 2018, Điều 30',
    },
  },
};

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
  limits: ComplaintTimeLimits = COMPLAINT_TIME_LIMITS,
): { dueOn: IsoDate; days: number; count: DayCount; citation: string } {
  const limit = limits[kind][step];
  return {
    dueOn: dueDate(from, limit, c),
    days: limitDays(limit, c),
    count: limit.count,
    citation: limit.citation,
  };
}
