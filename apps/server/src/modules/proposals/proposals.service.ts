import type { Actor } from '@vinhdanh/domain/auth/policy';
import { isOverdue } from '@vinhdanh/domain/calendar/working-days';
import { simplifiedProcedure } from '@vinhdanh/domain/rules/procedure';
import { componentsFor, requirementsFor } from '@vinhdanh/domain/workflow/requirements';
import { type ProposalState, STATE_LABELS, SUBMITTER_STATES } from '@vinhdanh/domain/workflow/states';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { proposal, proposalItem } from '../../db/schema/index';
import { authorizeSelf, requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { todayVn } from '../../platform/clock';
import { findUnit } from '../org-units/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { proposalRef } from './proposal-access';
import { appraiseItems } from './proposal-appraisal';
import { recordStep } from './proposal-command';
import { type ResolvedItem, resolveItems, routeItems } from './proposal-items';
import { proposalView } from './proposal-view';
import {
  bumpVersion,
  deleteItems,
  listItems,
  listNotifications,
  listVisible,
  type ProposalListRow,
  unitPaths,
  updateProposal,
} from './proposals.repository';
import type { CreateProposalInput, UpdateItemsInput } from './proposals.schemas';

export async function viewOrThrow(db: Db | Tx, actor: Actor, id: string) {
  const v = await proposalView(db, actor, id);
  if (!v) throw new AppError('PROPOSAL_NOT_FOUND');
  return v;
}

async function insertItems(tx: Tx, tenantId: string, proposalId: string, items: ResolvedItem[]) {
  if (items.length === 0) return;
  await tx.insert(proposalItem).values(items.map((i) => ({ tenantId, id: newId(), proposalId, ...i })));
}

/** The simplified dossier when the procedure applies (Law 2022, Điều 85), or null. */
function simplifiedDossier(input: CreateProposalInput, ruleSet: Parameters<typeof simplifiedProcedure>[0]) {
  if (!input.simplified) return null;
  const r = simplifiedProcedure(ruleSet, {
    kind: input.kind === 'DOT_XUAT' ? 'DOT_XUAT' : 'CONG_TRANG',
    ...input.simplified,
  });
  if (!r.allowed) throw new AppError('INVALID_INPUT', [{ path: 'simplified', message: r.text }], r.text);
  return r.dossier;
}

/**
 * Creates a draft per route. Items whose awards are decided at different levels are refused with
 * a clear message, or split into one proposal per level when the caller asks for it.
 */
export async function createProposals(db: Db, ctx: RequestContext, input: CreateProposalInput) {
  authorize(ctx.actor, 'proposal:submit');
  const tenantId = ctx.actor.tenantId;
  const unit = await findUnit(db, tenantId, input.submittingUnitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'proposal:submit', unit);
  if (unit.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
  const ruleSet = (await loadTenantRuleSets(db, tenantId)).ofYear(input.year);
  const dossier = simplifiedDossier(input, ruleSet);
  const items = await resolveItems(db, tenantId, unit.path, input.items, ruleSet);
  const groups = await routeItems(db, tenantId, unit.id, ruleSet, items);
  if (groups.length > 1 && !input.splitByDecider) {
    const details = groups.map((g, i) => ({
      path: `nhom.${i + 1}`,
      message: `${g.items.map((it) => `${it.subjectName} (${it.awardCode})`).join(', ')}: cấp nhận hồ sơ ${g.route.levels.at(-1)}`,
    }));
    throw new AppError('MIXED_DECIDERS', details);
  }
  const today = todayVn();
  const ids = await db.transaction(async (tx) => {
    const created: string[] = [];
    for (const g of groups) {
      const awards = g.items.map((i) => i.awardCode);
      const id = newId();
      await tx.insert(proposal).values({
        tenantId,
        id,
        kind: input.kind,
        title: groups.length > 1 ? `${input.title} (${created.length + 1}/${groups.length})` : input.title,
        year: input.year,
        movementId: input.movementId ?? null,
        submittingUnitId: unit.id,
        levels: [...g.route.levels],
        deciderRole: g.route.deciderRole,
        ruleSetId: ruleSet.id,
        state: 'DRAFT',
        requirements: requirementsFor(ruleSet, awards, {
          simplified: dossier !== null,
          proposeUp: g.route.proposeUp,
        }),
        components: componentsFor(ruleSet, awards, dossier),
        stepEnteredOn: today,
        createdBy: ctx.actor.userId,
      });
      await insertItems(tx, tenantId, id, g.items);
      await refreshVerdicts(tx, tenantId, id);
      const [row] = await tx
        .select()
        .from(proposal)
        .where(sql`${proposal.tenantId} = ${tenantId} AND ${proposal.id} = ${id}`);
      if (row)
        await recordStep(tx, ctx, { ...row, state: 'DRAFT', version: 1 }, 'create', 'DRAFT', {
          items: g.items.length,
        });
      created.push(id);
    }
    return created;
  });
  // One view after another: each is several queries, and `db` may be a transaction's single client.
  const proposals = [];
  for (const id of ids) proposals.push(await viewOrThrow(db, ctx.actor, id));
  return { proposals };
}

/** Runs the engine on every item and stores the verdicts (preview before, authority at appraisal). */
export async function refreshVerdicts(tx: Tx, tenantId: string, proposalId: string, resetAppraisal = false) {
  const [p] = await tx
    .select()
    .from(proposal)
    .where(sql`${proposal.tenantId} = ${tenantId} AND ${proposal.id} = ${proposalId}`);
  if (!p) throw new AppError('PROPOSAL_NOT_FOUND');
  const items = await listItems(tx, tenantId, proposalId);
  const unitPath = (await unitPaths(tx, tenantId, [p.submittingUnitId])).get(p.submittingUnitId) ?? '/';
  const verdicts = await appraiseItems(tx, tenantId, { kind: p.kind, year: p.year, unitPath }, items);
  for (const item of items) {
    const v = verdicts.get(item.id);
    if (!v) continue;
    await tx
      .update(proposalItem)
      .set({
        engineEligible: v.engineEligible,
        verdict: v.verdict,
        flags: v.flags,
        ...(resetAppraisal ? { appraisal: 'PENDING', appraisedEligible: null, overrideReason: null } : {}),
      })
      .where(sql`${proposalItem.tenantId} = ${tenantId} AND ${proposalItem.id} = ${item.id}`);
  }
}

/** The states in which the submitting unit may still change the dossier. */
export const EDITABLE: readonly string[] = SUBMITTER_STATES;

/** Replaces the item list while the dossier is with the unit; items kept by (subject, award) keep their id. */
export async function updateItems(db: Db, ctx: RequestContext, id: string, input: UpdateItemsInput) {
  const p = await requireAccess(db, ctx, 'proposal:submit', proposalRef(id, 'SUBMITTER'));
  const tenantId = ctx.actor.tenantId;
  const unitPath = (await unitPaths(db, tenantId, [p.submittingUnitId])).get(p.submittingUnitId) ?? '/';
  const ruleSet = (await loadTenantRuleSets(db, tenantId)).ofYear(p.year);
  const items = await resolveItems(db, tenantId, unitPath, input.items, ruleSet);
  const groups = await routeItems(db, tenantId, p.submittingUnitId, ruleSet, items);
  const route = groups[0]?.route;
  if (groups.length > 1 || !route || route.levels.join('>') !== p.levels.join('>')) {
    throw new AppError('MIXED_DECIDERS');
  }
  await db.transaction(async (tx) => {
    const locked = await bumpVersion(tx, tenantId, id, input.expectedVersion);
    if (!locked) throw new AppError('VERSION_CONFLICT');
    if (!EDITABLE.includes(locked.state)) throw new AppError('INVALID_TRANSITION');
    const existing = await listItems(tx, tenantId, id);
    const key = (i: { subjectId: string; awardCode: string }) => `${i.subjectId}|${i.awardCode}`;
    const wanted = new Map(items.map((i) => [key(i), i]));
    const removed = existing.filter((e) => !wanted.has(key(e)));
    await deleteItems(
      tx,
      tenantId,
      removed.map((e) => e.id),
    );
    const kept = new Set(existing.map(key));
    const added = items.filter((i) => !kept.has(key(i)));
    await insertItems(tx, tenantId, id, added);
    const rewritten: typeof existing = [];
    for (const e of existing) {
      const w = wanted.get(key(e));
      if (!w || w.achievement === e.achievement) continue;
      rewritten.push(e);
      await tx
        .update(proposalItem)
        .set({ achievement: w.achievement })
        .where(sql`${proposalItem.tenantId} = ${tenantId} AND ${proposalItem.id} = ${e.id}`);
    }
    const awards = items.map((i) => i.awardCode);
    const simplified = (locked.requirements as { simplified: boolean }).simplified;
    await updateProposal(tx, tenantId, id, {
      requirements: requirementsFor(ruleSet, awards, { simplified, proposeUp: route.proposeUp }),
      // A simplified dossier keeps its short component list (Law 2022, Điều 85).
      components: simplified ? locked.components : componentsFor(ruleSet, awards, null),
    });
    await refreshVerdicts(tx, tenantId, id);
    // The history says who was added, removed or had the achievement rewritten, by name and award.
    const label = (i: { subjectName: string; awardCode: string }) => ({
      name: i.subjectName,
      award: i.awardCode,
    });
    await recordStep(tx, ctx, locked, 'updateItems', locked.state, {
      items: items.length,
      added: added.map(label),
      removed: removed.map(label),
      achievementChanged: rewritten.map(label),
    });
  });
  return viewOrThrow(db, ctx.actor, id);
}

export async function getProposal(db: Db, ctx: RequestContext, id: string) {
  const p = await requireAccess(db, ctx, 'proposal:read', proposalRef(id, 'READER'));
  return viewOrThrow(db, ctx.actor, p.id);
}

const summary = (r: ProposalListRow) => ({
  id: r.id,
  kind: r.kind,
  title: r.title,
  year: r.year,
  state: r.state,
  stateLabel: STATE_LABELS[r.state as ProposalState] ?? r.state,
  version: r.version,
  submittingUnitId: r.submittingUnitId,
  submittingUnitName: r.submittingUnitName,
  currentUnitId: r.currentUnitId,
  dueOn: r.dueOn,
  isOverdue: r.dueOn !== null && isOverdue(r.dueOn, todayVn()),
});

type Page = { page: number; pageSize: number };

async function page(db: Db, ctx: RequestContext, where: ReturnType<typeof sql>, q: Page) {
  const { rows, total } = await listVisible(
    db,
    ctx.actor.tenantId,
    ctx.actor.scopePath,
    where,
    q.pageSize,
    (q.page - 1) * q.pageSize,
  );
  return { items: rows.map(summary), total, page: q.page, pageSize: q.pageSize };
}

export async function listProposals(db: Db, ctx: RequestContext, q: Page & { state?: string | undefined }) {
  authorize(ctx.actor, 'proposal:read');
  return page(db, ctx, q.state ? sql`p.state = ${q.state}` : sql`true`, q);
}

const inList = (states: readonly string[]) =>
  states.length === 0
    ? sql`false`
    : sql.join(
        [
          sql`p.state IN (`,
          sql.join(
            states.map((s) => sql`${s}`),
            sql`, `,
          ),
          sql`)`,
        ],
        sql``,
      );

/**
 * "Chờ tôi xử lý": proposals waiting for a step the actor's roles take, at a unit in the actor's
 * subtree (the submitting unit for the unit's steps, the current receiving office otherwise).
 */
export async function myQueue(db: Db, ctx: RequestContext, q: Page) {
  authorize(ctx.actor, 'proposal:read');
  const has = (perm: Parameters<typeof authorize>[1]) => {
    try {
      authorize(ctx.actor, perm);
      return true;
    } catch {
      return false;
    }
  };
  const scope = `${ctx.actor.scopePath}%`;
  const office = sql`(SELECT path FROM org_unit u WHERE u.tenant_id = p.tenant_id AND u.id::text = p.levels->>p.level_index)`;
  const finalUnit = sql`(SELECT path FROM org_unit u WHERE u.tenant_id = p.tenant_id AND u.id::text = p.levels->>(jsonb_array_length(p.levels) - 1))`;
  const submitter = sql`(SELECT path FROM org_unit u WHERE u.tenant_id = p.tenant_id AND u.id = p.submitting_unit_id)`;
  const parts = [sql`false`];
  if (has('proposal:submit')) parts.push(sql`(${inList(SUBMITTER_STATES)} AND ${submitter} LIKE ${scope})`);
  if (has('proposal:appraise'))
    parts.push(
      sql`(${inList(['SUBMITTED', 'RECEIVED', 'APPRAISAL', 'PUBLIC_COMMENT'])} AND ${office} LIKE ${scope})`,
    );
  if (has('council:manage') || has('council:vote'))
    parts.push(sql`(p.state = 'COUNCIL_VOTE' AND ${finalUnit} LIKE ${scope})`);
  if (has('decision:issue'))
    parts.push(sql`(${inList(['DECISION_PENDING', 'PROPOSED_UP'])} AND ${finalUnit} LIKE ${scope})`);
  return page(db, ctx, sql.join(parts, sql` OR `), q);
}

/** "Quá hạn": open steps past their due date, in the actor's subtree. */
export async function overdue(db: Db, ctx: RequestContext, q: Page) {
  authorize(ctx.actor, 'proposal:read');
  return page(
    db,
    ctx,
    sql`p.due_on IS NOT NULL AND p.due_on < ${todayVn()} AND p.state NOT IN ('DECIDED', 'REJECTED')`,
    q,
  );
}

export async function myNotifications(db: Db, ctx: RequestContext) {
  const { tenantId, userId } = authorizeSelf(ctx);
  const rows = await listNotifications(db, tenantId, userId);
  return {
    items: rows.map((n) => ({
      id: n.id,
      proposalId: n.proposalId,
      title: n.title,
      body: n.body,
      isRead: n.isRead,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}
