import { addWorkingDays } from '@vinhdanh/domain/calendar/working-days';
import { DEFAULT_STEP_DEADLINES } from '@vinhdanh/domain/workflow/deadlines';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { todayVn } from '../../platform/clock';
import { loadAwardNamer } from '../rule-params/index';
import { proposalRef } from './proposal-access';
import { enforceCoCpCap } from './proposal-co-cp-cap';
import { runCommand } from './proposal-command';
import { type LastReturn, proposalView, snapshotOf } from './proposal-view';
import { listComponents, listItems, updateItem } from './proposals.repository';
import type {
  AppraiseItemInput,
  ClosePublicCommentInput,
  ReturnInput,
  SubmitInput,
} from './proposals.schemas';
import { refreshVerdicts } from './proposals.service';
import { countNewComments } from './public-comment.repository';

type V = { expectedVersion: number };

export async function submitForReview(db: Db, ctx: RequestContext, id: string, v: V) {
  const proposal = await requireAccess(db, ctx, 'proposal:submit', proposalRef(id, 'SUBMITTER'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: v.expectedVersion,
    command: { type: 'submitForReview' },
  });
}

/**
 * Submit (minutes attached) or resubmit after a return; the history keeps the diff against the
 * reasons. Cờ thi đua của Chính phủ items must fit the province's cap (proposal-co-cp-cap.ts).
 * Nominees the engine (run again now, on today's records) finds ineligible go on only with the
 * officer's reason, which the history keeps with their names.
 */
export async function submit(db: Db, ctx: RequestContext, id: string, input: SubmitInput) {
  const proposal = await requireAccess(db, ctx, 'proposal:submit', proposalRef(id, 'SUBMITTER'));
  const before = await proposalView(db, ctx.actor, id);
  const diff = before?.lastReturn?.diff ?? null;
  const ineligible: { name: string; award: string }[] = [];
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: { type: 'submit' },
    detail: () => ({
      ...(diff && {
        resubmission: diff.map((d) => ({ reason: d.reason, addressed: d.addressed, changes: d.changes })),
      }),
      ...(ineligible.length > 0 && { ineligible, ineligibleReason: input.ineligibleReason }),
    }),
    effect: async (tx, p) => {
      await enforceCoCpCap(tx, p);
      await refreshVerdicts(tx, p.tenantId, p.id);
      for (const i of await listItems(tx, p.tenantId, p.id))
        if (i.engineEligible === false) ineligible.push({ name: i.subjectName, award: i.awardCode });
      if (ineligible.length > 0 && !input.ineligibleReason) {
        const name = await loadAwardNamer(tx, p.tenantId);
        throw new AppError(
          'INELIGIBLE_ITEMS_UNCONFIRMED',
          ineligible.map((i, n) => ({
            path: `items.${n}`,
            message: `${i.name} — ${name(i.award, `${p.year}-12-31`)}`,
          })),
        );
      }
      return undefined;
    },
  });
}

export async function receive(db: Db, ctx: RequestContext, id: string, v: V) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: v.expectedVersion,
    command: { type: 'receive' },
  });
}

/** An intermediate level sends the dossier on to the next level (no level is skipped). */
export async function forward(db: Db, ctx: RequestContext, id: string, v: V) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: v.expectedVersion,
    command: { type: 'forward' },
  });
}

export async function returnProposal(db: Db, ctx: RequestContext, id: string, input: ReturnInput) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: { type: 'returnProposal', reasons: input.reasons },
    detail: { reasons: input.reasons },
    effect: async (tx, p) => {
      // One query at a time on the transaction's client (pg 9 refuses concurrent ones).
      const items = await listItems(tx, p.tenantId, p.id);
      const components = await listComponents(tx, p.tenantId, p.id);
      for (const r of input.reasons) {
        if (r.itemId && !items.some((i) => i.id === r.itemId)) throw new AppError('PROPOSAL_ITEM_NOT_FOUND');
        if (r.component && !p.components.includes(r.component)) throw new AppError('COMPONENT_NOT_REQUIRED');
      }
      const lastReturn: LastReturn = {
        reasons: input.reasons,
        snapshot: snapshotOf(components, items),
        at: new Date().toISOString(),
        by: ctx.actor.userId,
      };
      return { lastReturn };
    },
  });
}

/** Appraisal starts with the engine's verdict on every item (citations, holds, duplicates, quotas). */
export async function startAppraisal(db: Db, ctx: RequestContext, id: string, v: V) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: v.expectedVersion,
    command: { type: 'startAppraisal' },
    effect: async (tx, p) => {
      await refreshVerdicts(tx, p.tenantId, p.id, true);
      return undefined;
    },
  });
}

/** Confirm the engine's verdict, or override it with a reason. */
export async function appraiseItem(db: Db, ctx: RequestContext, id: string, input: AppraiseItemInput) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  const override = input.override;
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: override ? { type: 'overrideItem', reason: override.reason } : { type: 'confirmItem' },
    detail: { itemId: input.itemId, ...(override ? { override } : {}) },
    effect: async (tx, p) => {
      const item = (await listItems(tx, p.tenantId, p.id)).find((i) => i.id === input.itemId);
      if (!item) throw new AppError('PROPOSAL_ITEM_NOT_FOUND');
      await updateItem(tx, p.tenantId, item.id, {
        appraisal: override ? 'OVERRIDDEN' : 'CONFIRMED',
        appraisedEligible: override ? override.eligible : (item.engineEligible ?? false),
        overrideReason: override?.reason ?? null,
      });
      return undefined;
    },
  });
}

export async function completeAppraisal(db: Db, ctx: RequestContext, id: string, v: V) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: v.expectedVersion,
    command: { type: 'completeAppraisal' },
  });
}

export async function openCouncil(db: Db, ctx: RequestContext, id: string, v: V) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: v.expectedVersion,
    command: { type: 'openCouncil' },
  });
}

export async function reject(db: Db, ctx: RequestContext, id: string, input: V & { reason: string }) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: { type: 'reject', reason: input.reason },
    detail: { reason: input.reason },
    effect: async () => ({ rejectReason: input.reason }),
  });
}

/** Publishes the eligible items on the public portal for `days` working days. */
export async function openPublicComment(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: V & { days?: number | undefined },
) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  const days = input.days ?? DEFAULT_STEP_DEADLINES.PUBLIC_COMMENT.workingDays ?? 10;
  const until = addWorkingDays(todayVn(), days);
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: { type: 'openPublicComment' },
    detail: { until, days },
    effect: async () => ({ publicCommentUntil: until, dueOn: until }),
  });
}

/**
 * Ends the public comment. Before the announced end date only with a legal reason (recorded in the
 * history and shown on the portal until that date); never while a comment is still untriaged.
 */
export async function closePublicComment(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: ClosePublicCommentInput,
) {
  const proposal = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(id, 'OFFICE'));
  const today = todayVn();
  return runCommand(db, ctx, {
    proposal,
    expectedVersion: input.expectedVersion,
    command: { type: 'closePublicComment' },
    detail: input.reason ? { earlyReason: input.reason } : undefined,
    effect: async (tx, p) => {
      if ((await countNewComments(tx, p.tenantId, p.id)) > 0) throw new AppError('PUBLIC_COMMENT_UNHANDLED');
      const early = p.publicCommentUntil !== null && today < p.publicCommentUntil;
      if (early && !input.reason) throw new AppError('PUBLIC_COMMENT_NOT_ENDED');
      return {
        publicCommentClosedOn: today,
        publicCommentCloseReason: early ? (input.reason ?? null) : null,
      };
    },
  });
}
