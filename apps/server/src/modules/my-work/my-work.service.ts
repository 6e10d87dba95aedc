import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { hasPermission, isTenantWide } from '@vinhdanh/domain/auth/policy';
import { isOverdue } from '@vinhdanh/domain/calendar/working-days';
import {
  compareWork,
  type DayCount,
  daysLeft,
  WORK_KINDS,
  type WorkKind,
  workKindsFor,
} from '@vinhdanh/domain/workflow/my-work';
import { isMinutesComponent } from '@vinhdanh/domain/workflow/requirements';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { authorizeSelf } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { todayVn } from '../../platform/clock';
import {
  ballotsToCast,
  complaintsIn,
  inspectionFollowUps,
  minutesDrafts,
  modelsAt,
  openSessions,
  PER_KIND_LIMIT,
  proposalsAt,
  proposalsWithNewComments,
  proposalsWithoutCouncil,
  type WorkRow,
} from './my-work.repository';

export type WorkItem = {
  kind: WorkKind;
  /** Unique in the answer: the kind and the record it is about. */
  key: string;
  refId: string;
  title: string;
  detail: string | null;
  unitName: string | null;
  /** Where the console does the work; null when the console has no page for it yet. */
  link: string | null;
  dueOn: string | null;
  dayCount: DayCount | null;
  daysLeft: number | null;
  isOverdue: boolean;
};

/** The permission the work itself needs: a role stripped of it by configuration is not given it. */
const WORK_PERMISSION: Record<WorkKind, Permission> = {
  PROPOSAL_RETURNED: 'proposal:submit',
  PROPOSAL_TO_SUBMIT: 'proposal:submit',
  MINUTES_TO_CONFIRM: 'minutes:confirm',
  PROPOSAL_TO_RECEIVE: 'proposal:appraise',
  PROPOSAL_TO_APPRAISE: 'proposal:appraise',
  COMMENTS_TO_TRIAGE: 'proposal:appraise',
  PUBLIC_COMMENT_TO_CLOSE: 'proposal:appraise',
  COUNCIL_TO_CONVENE: 'council:manage',
  COUNCIL_TO_CLOSE: 'council:manage',
  BALLOT_TO_CAST: 'council:vote',
  DECISION_TO_SIGN: 'decision:issue',
  EXTERNAL_DECISION_TO_RECORD: 'decision:issue',
  COMPLAINT_TO_CLASSIFY: 'complaint:handle',
  COMPLAINT_TO_ACCEPT: 'complaint:handle',
  COMPLAINT_TO_CONCLUDE: 'complaint:handle',
  MODEL_TO_REVIEW: 'model:review',
  MODEL_RETURNED: 'model:propose',
  INSPECTION_FOLLOW_UP: 'inspection:manage',
};

type Source = {
  rows: (db: Db, ctx: RequestContext, today: string) => Promise<WorkRow[]>;
  link: (refId: string, row: WorkRow) => string | null;
  dayCount: DayCount;
  detail: (row: WorkRow) => string | null;
};

/** A follow-up enters the queue this many calendar days before its deadline. */
export const FOLLOW_UP_NOTICE_DAYS = 7;

const where = (ctx: RequestContext) => ({
  tenantId: ctx.actor.tenantId,
  scope: ctx.actor.scopePath,
  userId: ctx.actor.userId,
});
const proposalLink = (id: string) => `/ho-so-de-nghi/${id}`;
const councilLink = (id: string) => `/hoi-dong/${id}`;
const vnDate = (iso: string | null) => (iso ? iso.split('-').reverse().join('/') : null);

const SOURCES: Record<WorkKind, Source> = {
  PROPOSAL_RETURNED: {
    rows: (db, ctx) => proposalsAt(db, where(ctx), ['RETURNED'], 'SUBMITTER'),
    link: proposalLink,
    dayCount: 'WORKING',
    detail: () => 'Bổ sung, sửa theo lý do trả lại rồi trình lại',
  },
  PROPOSAL_TO_SUBMIT: {
    rows: (db, ctx) => proposalsAt(db, where(ctx), ['DRAFT', 'UNIT_REVIEW'], 'SUBMITTER'),
    link: proposalLink,
    dayCount: 'WORKING',
    detail: () => 'Hoàn thiện thành phần hồ sơ và trình',
  },
  MINUTES_TO_CONFIRM: {
    rows: async (db, ctx) =>
      (await minutesDrafts(db, ctx.actor.tenantId, ctx.actor.userId)).filter((r) =>
        isMinutesComponent(r.component),
      ),
    link: proposalLink,
    dayCount: 'WORKING',
    detail: (r) => (r.extra ? `Xác nhận "${r.extra}"` : null),
  },
  PROPOSAL_TO_RECEIVE: {
    rows: (db, ctx) => proposalsAt(db, where(ctx), ['SUBMITTED'], 'OFFICE'),
    link: proposalLink,
    dayCount: 'WORKING',
    detail: () => 'Tiếp nhận và kiểm tra thành phần hồ sơ',
  },
  PROPOSAL_TO_APPRAISE: {
    rows: (db, ctx) => proposalsAt(db, where(ctx), ['RECEIVED', 'APPRAISAL'], 'OFFICE'),
    link: proposalLink,
    dayCount: 'WORKING',
    detail: () => 'Thẩm định từng đối tượng',
  },
  COMMENTS_TO_TRIAGE: {
    rows: (db, ctx) => proposalsWithNewComments(db, where(ctx)),
    link: proposalLink,
    dayCount: 'CALENDAR',
    detail: (r) => `${r.extra ?? 0} ý kiến mới chưa xử lý`,
  },
  PUBLIC_COMMENT_TO_CLOSE: {
    rows: (db, ctx) =>
      proposalsAt(db, where(ctx), ['PUBLIC_COMMENT'], 'OFFICE', {
        due: sql`p.public_comment_until`,
        extra: sql`p.public_comment_until`,
      }),
    link: proposalLink,
    dayCount: 'CALENDAR',
    detail: (r) => (r.extra ? `Lấy ý kiến đến hết ngày ${vnDate(r.extra)}` : null),
  },
  COUNCIL_TO_CONVENE: {
    rows: (db, ctx) => proposalsWithoutCouncil(db, where(ctx)),
    link: () => '/hoi-dong',
    dayCount: 'WORKING',
    detail: () => 'Lập phiên họp Hội đồng cho hồ sơ',
  },
  COUNCIL_TO_CLOSE: {
    rows: (db, ctx) => openSessions(db, where(ctx)),
    link: councilLink,
    dayCount: 'CALENDAR',
    detail: (r) =>
      Number(r.extra) > 0 ? `Còn ${r.extra} thành viên chưa bỏ phiếu` : 'Đủ phiếu, có thể kết thúc phiên họp',
  },
  BALLOT_TO_CAST: {
    rows: (db, ctx) => ballotsToCast(db, ctx.actor.tenantId, ctx.actor.userId),
    link: councilLink,
    dayCount: 'CALENDAR',
    detail: (r) => `${r.extra ?? 0} đối tượng cần cho ý kiến`,
  },
  DECISION_TO_SIGN: {
    rows: (db, ctx) => proposalsAt(db, where(ctx), ['DECISION_PENDING'], 'DECIDER'),
    link: proposalLink,
    dayCount: 'WORKING',
    detail: () => 'Xem kết quả và ký quyết định khen thưởng',
  },
  EXTERNAL_DECISION_TO_RECORD: {
    rows: (db, ctx) => proposalsAt(db, where(ctx), ['PROPOSED_UP'], 'DECIDER'),
    link: proposalLink,
    dayCount: 'WORKING',
    detail: () => 'Ghi nhận quyết định khi cấp trên ban hành',
  },
  COMPLAINT_TO_CLASSIFY: {
    rows: (db, ctx) =>
      complaintsIn(db, where(ctx), ['RECEIVED'], { assignedOnly: false, due: sql`c.classification_due_on` }),
    link: (id) => `/khieu-nai-to-cao/${id}`,
    dayCount: 'WORKING',
    detail: (r) => `Mã đơn ${r.extra}`,
  },
  COMPLAINT_TO_ACCEPT: {
    rows: (db, ctx) => complaintsIn(db, where(ctx), ['CLASSIFIED'], { assignedOnly: true, due: sql`NULL` }),
    link: (id) => `/khieu-nai-to-cao/${id}`,
    dayCount: 'WORKING',
    detail: (r) => `Mã đơn ${r.extra}`,
  },
  COMPLAINT_TO_CONCLUDE: {
    rows: (db, ctx) =>
      complaintsIn(db, where(ctx), ['ACCEPTED', 'VERIFYING'], {
        assignedOnly: true,
        due: sql`c.resolution_due_on`,
      }),
    link: (id) => `/khieu-nai-to-cao/${id}`,
    // Resolution limits are in calendar days (Luật Khiếu nại 2011, Điều 28; Luật Tố cáo 2018, Điều 30).
    dayCount: 'CALENDAR',
    detail: (r) => `Mã đơn ${r.extra}`,
  },
  // Reviewing is the tenant-wide office's (models-access.ts): an appraiser of a unit is not given it.
  MODEL_TO_REVIEW: {
    rows: (db, ctx) =>
      isTenantWide(ctx.actor) ? modelsAt(db, where(ctx), 'SUBMITTED') : Promise.resolve([]),
    link: () => '/dien-hinh',
    dayCount: 'CALENDAR',
    detail: () => 'Duyệt để công khai, hoặc trả lại kèm lý do',
  },
  MODEL_RETURNED: {
    rows: (db, ctx) => modelsAt(db, where(ctx), 'RETURNED'),
    link: () => '/dien-hinh',
    dayCount: 'CALENDAR',
    detail: (r) => (r.extra ? `Lý do trả lại: ${r.extra}` : null),
  },
  // Near means within a week: time to remind the unit before the deadline passes.
  INSPECTION_FOLLOW_UP: {
    rows: (db, ctx, today) => inspectionFollowUps(db, where(ctx), today, FOLLOW_UP_NOTICE_DAYS),
    link: (_id, r) => (r.extra ? `/kiem-tra/${r.extra}` : '/kiem-tra'),
    dayCount: 'CALENDAR',
    detail: () => 'Theo dõi, đôn đốc đơn vị thực hiện kiến nghị sau kiểm tra',
  },
};

/**
 * "Việc chờ tôi xử lý": the work of the user's roles, in the user's subtree (or addressed to the
 * user), overdue first, with counts per kind. Every signed-in user may ask; someone whose roles
 * have no such work gets an empty queue.
 */
export async function myWork(db: Db, ctx: RequestContext, today = todayVn()) {
  // The queue is the caller's own; each kind still needs the permission its work needs (below).
  authorizeSelf(ctx);
  const kinds = workKindsFor(ctx.actor.roles).filter((k) => hasPermission(ctx.actor, WORK_PERMISSION[k]));
  const items: WorkItem[] = [];
  const counts: Partial<Record<WorkKind, number>> = {};
  // One query after another (PGlite has one connection; the queue is a handful of indexed reads).
  for (const kind of kinds) {
    const source = SOURCES[kind];
    const rows = await source.rows(db, ctx, today);
    counts[kind] = rows.length < PER_KIND_LIMIT ? rows.length : (rows[0]?.total ?? rows.length);
    for (const r of rows) {
      items.push({
        kind,
        key: `${kind}:${r.ref_id}`,
        refId: r.ref_id,
        title: r.title,
        detail: source.detail(r),
        unitName: r.unit_name,
        link: source.link(r.ref_id, r),
        dueOn: r.due_on,
        dayCount: r.due_on ? source.dayCount : null,
        daysLeft: r.due_on ? daysLeft(today, r.due_on, source.dayCount) : null,
        isOverdue: r.due_on !== null && isOverdue(r.due_on, today),
      });
    }
  }
  items.sort((a, b) => compareWork(today, a, b));
  const total = Object.values(counts).reduce((s, n) => s + (n ?? 0), 0);
  return {
    today,
    total,
    overdue: items.filter((i) => i.isOverdue).length,
    counts: WORK_KINDS.filter((k) => k in counts).map((kind) => ({ kind, n: counts[kind] ?? 0 })),
    items,
  };
}
