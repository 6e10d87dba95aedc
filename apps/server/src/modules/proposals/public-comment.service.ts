import { and, eq, gte, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orgUnit, proposal, proposalItem, publicComment, tenant } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { awardNamerCache } from '../rule-params/index';
import { proposalRef } from './proposal-access';
import { recordStep, runCommand } from './proposal-command';
import { proposalView } from './proposal-view';
import { bumpVersion, updateItem } from './proposals.repository';

// Public comment (law.md §6.2 row 3): the office publishes the candidates; anyone may comment
// with a name and contact; the office triages; an upheld comment sends the item back to appraisal.

/** What the public portal shows: open lists only, names and awards, nothing sensitive. */
export async function listPublished(db: Db) {
  const rows = await db
    .select({
      proposalId: proposal.id,
      tenantId: proposal.tenantId,
      year: proposal.year,
      title: proposal.title,
      until: proposal.publicCommentUntil,
      tenantName: tenant.name,
      itemId: proposalItem.id,
      subjectName: proposalItem.subjectName,
      awardCode: proposalItem.awardCode,
      unitName: orgUnit.name,
    })
    .from(proposal)
    .innerJoin(tenant, eq(tenant.tenantId, proposal.tenantId))
    .innerJoin(
      proposalItem,
      and(eq(proposalItem.tenantId, proposal.tenantId), eq(proposalItem.proposalId, proposal.id)),
    )
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, proposalItem.tenantId), eq(orgUnit.id, proposalItem.unitId)))
    .where(
      and(
        eq(proposal.state, 'PUBLIC_COMMENT'),
        gte(proposal.publicCommentUntil, todayVn()),
        eq(proposalItem.appraisedEligible, true),
      ),
    )
    .orderBy(proposal.id, proposalItem.subjectName)
    .limit(2000);
  const lists = new Map<
    string,
    {
      proposalId: string;
      title: string;
      until: string;
      tenantName: string;
      items: {
        itemId: string;
        subjectName: string;
        unitName: string;
        awardCode: string;
        awardName: string;
      }[];
    }
  >();
  // Each tenant names its own awards (a province's own title is in its catalogue only).
  const namerOf = awardNamerCache(db);
  for (const r of rows) {
    const name = await namerOf(r.tenantId);
    const list = lists.get(r.proposalId) ?? {
      proposalId: r.proposalId,
      title: r.title,
      until: r.until ?? '',
      tenantName: r.tenantName,
      items: [],
    };
    list.items.push({
      itemId: r.itemId,
      subjectName: r.subjectName,
      unitName: r.unitName,
      awardCode: r.awardCode,
      awardName: name(r.awardCode, `${r.year}-12-31`),
    });
    lists.set(r.proposalId, list);
  }
  return { items: [...lists.values()], closedEarly: await listClosedEarly(db) };
}

/**
 * Lists the office closed before their announced end: the portal keeps saying so, with the legal
 * reason, until that end date, so nobody who meant to comment is left guessing.
 */
async function listClosedEarly(db: Db) {
  const rows = await db
    .select({
      proposalId: proposal.id,
      tenantId: proposal.tenantId,
      year: proposal.year,
      title: proposal.title,
      until: proposal.publicCommentUntil,
      closedOn: proposal.publicCommentClosedOn,
      reason: proposal.publicCommentCloseReason,
      tenantName: tenant.name,
    })
    .from(proposal)
    .innerJoin(tenant, eq(tenant.tenantId, proposal.tenantId))
    .where(and(isNotNull(proposal.publicCommentCloseReason), gte(proposal.publicCommentUntil, todayVn())))
    .orderBy(proposal.id)
    .limit(200);
  return rows.map((r) => ({
    ...r,
    until: r.until ?? '',
    closedOn: r.closedOn ?? '',
    reason: r.reason ?? '',
  }));
}

export type PublicCommentInput = { itemId: string; name: string; contact: string; text: string };

export async function postPublicComment(db: Db, input: PublicCommentInput, requestId: string) {
  const [row] = await db
    .select({
      tenantId: proposal.tenantId,
      proposalId: proposal.id,
      state: proposal.state,
      until: proposal.publicCommentUntil,
      eligible: proposalItem.appraisedEligible,
    })
    .from(proposalItem)
    .innerJoin(
      proposal,
      and(eq(proposal.tenantId, proposalItem.tenantId), eq(proposal.id, proposalItem.proposalId)),
    )
    .where(eq(proposalItem.id, input.itemId))
    .limit(1);
  if (row?.eligible !== true) throw new AppError('NOT_FOUND');
  if (row.state !== 'PUBLIC_COMMENT' || row.until === null || row.until < todayVn())
    throw new AppError('NOT_PUBLISHED');
  const id = newId();
  await db.transaction(async (tx) => {
    await tx
      .insert(publicComment)
      .values({ tenantId: row.tenantId, id, proposalId: row.proposalId, ...input });
    // The citizen's contact stays out of the audit log (personal data); the comment id is enough.
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: null,
      action: 'publicComment.create',
      entityType: 'public_comment',
      entityId: id,
      after: { itemId: input.itemId },
      requestId,
    });
  });
  return { id, status: 'NEW' as const };
}

export async function listComments(db: Db, ctx: RequestContext, proposalId: string) {
  const p = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(proposalId, 'OFFICE'));
  const rows = await db
    .select()
    .from(publicComment)
    .where(and(eq(publicComment.tenantId, p.tenantId), eq(publicComment.proposalId, p.id)))
    .orderBy(publicComment.createdAt);
  return {
    items: rows.map(({ tenantId: _t, createdAt, ...c }) => ({ ...c, createdAt: createdAt.toISOString() })),
  };
}

export type TriageInput = { expectedVersion: number; commentId: string; upheld: boolean; note: string };

/** Upheld: the item goes back to appraisal (and comment and vote are taken again). Dismissed: noted. */
export async function triageComment(db: Db, ctx: RequestContext, proposalId: string, input: TriageInput) {
  const p = await requireAccess(db, ctx, 'proposal:appraise', proposalRef(proposalId, 'OFFICE'));
  const [c] = await db
    .select()
    .from(publicComment)
    .where(
      and(
        eq(publicComment.tenantId, p.tenantId),
        eq(publicComment.id, input.commentId),
        eq(publicComment.proposalId, p.id),
      ),
    );
  if (c?.status !== 'NEW') throw new AppError('COMMENT_NOT_FOUND');
  const status = input.upheld ? ('UPHELD' as const) : ('DISMISSED' as const);
  const mark = (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) =>
    tx
      .update(publicComment)
      .set({ status, triageNote: input.note })
      .where(and(eq(publicComment.tenantId, p.tenantId), eq(publicComment.id, c.id)));
  if (input.upheld) {
    return runCommand(db, ctx, {
      proposal: p,
      expectedVersion: input.expectedVersion,
      command: { type: 'upholdComment' },
      detail: { commentId: c.id, itemId: c.itemId, note: input.note },
      effect: async (tx) => {
        await mark(tx);
        await updateItem(tx, p.tenantId, c.itemId, {
          appraisal: 'PENDING',
          appraisedEligible: null,
          overrideReason: null,
        });
        return undefined;
      },
    });
  }
  await db.transaction(async (tx) => {
    const locked = await bumpVersion(tx, p.tenantId, p.id, input.expectedVersion);
    if (!locked) throw new AppError('VERSION_CONFLICT');
    await mark(tx);
    await recordStep(tx, ctx, locked, 'dismissComment', locked.state, { commentId: c.id, note: input.note });
  });
  const view = await proposalView(db, ctx.actor, p.id);
  if (!view) throw new AppError('PROPOSAL_NOT_FOUND');
  return view;
}

// In-process limit for the public write: a few comments per client and item per minute. Counted
// only after validation, so malformed requests are refused as input errors, not as floods.
const WINDOW_MS = 60_000;
const MAX_PER_WINDOW = 3;
const hits = new Map<string, number[]>();

export function allowPublicWrite(client: string, now = Date.now()): boolean {
  const recent = (hits.get(client) ?? []).filter((t) => now - t < WINDOW_MS);
  if (recent.length >= MAX_PER_WINDOW) {
    hits.set(client, recent);
    return false;
  }
  recent.push(now);
  hits.set(client, recent);
  if (hits.size > 10_000) hits.clear();
  return true;
}
