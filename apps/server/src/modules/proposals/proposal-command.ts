import type { ProposalCommand } from '@vinhdanh/domain/workflow/commands';
import { dueDateFor } from '@vinhdanh/domain/workflow/deadlines';
import { applyCommand, type ProposalFlow } from '@vinhdanh/domain/workflow/machine';
import { type ProposalState, STATE_LABELS } from '@vinhdanh/domain/workflow/states';
import type { Db, Tx } from '../../db/client';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { noticeProposalStep } from '../notices/index';
import { syncStepToPortal } from './proposal-dvc';
import { factsOf, flowOf, proposalView } from './proposal-view';
import {
  actorIdOf,
  bumpVersion,
  findProposal,
  insertEvent,
  insertNotification,
  listComponents,
  listItems,
  type ProposalItemRow,
  type ProposalRow,
  updateProposal,
  userName,
} from './proposals.repository';

export type CommandSpec = {
  /** The proposal as the caller's requireAccess returned it (the policy has decided). */
  proposal: Pick<ProposalRow, 'id'>;
  expectedVersion: number;
  /** The command, built from the locked row and its items when it depends on them. */
  command: ProposalCommand | ((p: ProposalRow, items: ProposalItemRow[]) => ProposalCommand);
  /** Shown in the processing history (never ballot choices); a function reads what the effect found. */
  detail?: unknown;
  /** Extra writes in the same transaction, after the transition is known to be valid. */
  effect?: (tx: Tx, p: ProposalRow, next: ProposalFlow) => Promise<Partial<ProposalRow> | undefined>;
};

/**
 * Every workflow transition (after the caller's requireAccess): expected version, state machine, extra writes, processing
 * history, the submitter's notification and the audit event — all in one transaction.
 */
export async function runCommand(db: Db, ctx: RequestContext, spec: CommandSpec) {
  const tenantId = ctx.actor.tenantId;
  await db.transaction(async (tx) => {
    const locked = await bumpVersion(tx, tenantId, spec.proposal.id, spec.expectedVersion);
    if (!locked) throw new AppError('VERSION_CONFLICT');
    await transitionInTx(tx, ctx, locked, spec);
  });
  const view = await proposalView(db, ctx.actor, spec.proposal.id);
  if (!view) throw new AppError('PROPOSAL_NOT_FOUND');
  return view;
}

/** The transition on a row already locked and version-bumped by the caller's transaction. */
export async function transitionInTx(
  tx: Tx,
  ctx: RequestContext,
  locked: ProposalRow,
  spec: Pick<CommandSpec, 'command' | 'detail' | 'effect'>,
) {
  const tenantId = ctx.actor.tenantId;
  // One query at a time on the transaction's client (pg 9 refuses concurrent ones).
  const items = await listItems(tx, tenantId, locked.id);
  const components = await listComponents(tx, tenantId, locked.id);
  const command = typeof spec.command === 'function' ? spec.command(locked, items) : spec.command;
  const result = applyCommand(flowOf(locked), command, factsOf(locked, components, items));
  if (!result.ok) {
    if (result.error.code === 'INVALID_TRANSITION') throw new AppError('INVALID_TRANSITION');
    throw new AppError(
      'WORKFLOW_GUARD',
      [{ path: result.error.guard, message: result.error.message }],
      result.error.message,
    );
  }
  const next = result.flow;
  const extra = (await spec.effect?.(tx, locked, next)) ?? {};
  const today = todayVn();
  const moved = next.state !== locked.state || next.levelIndex !== locked.levelIndex;
  await updateProposal(tx, tenantId, locked.id, {
    state: next.state,
    levelIndex: next.levelIndex,
    publicCommentDone: next.publicCommentDone,
    councilDone: next.councilDone,
    ...(moved ? { stepEnteredOn: today, dueOn: dueDateFor(next.state, today) } : {}),
    ...extra,
  });
  const detail = typeof spec.detail === 'function' ? (spec.detail as () => unknown)() : spec.detail;
  await recordStep(tx, ctx, locked, command.type, next.state, detail);
  // The national public-service portal hears of it through the outbox, in this transaction.
  const updated = await findProposal(tx, tenantId, locked.id);
  if (updated)
    await syncStepToPortal(tx, updated, {
      fromState: locked.state,
      actorName: await userName(tx, tenantId, ctx.actor.userId),
    });
  // The work now waits for someone else: tell them by e-mail, in this transaction (the outbox).
  if (moved)
    await noticeProposalStep(
      tx,
      {
        tenantId,
        id: locked.id,
        title: locked.title,
        submittingUnitId: locked.submittingUnitId,
        levels: locked.levels,
        levelIndex: next.levelIndex,
        state: next.state,
        dueOn: 'dueOn' in extra && extra.dueOn !== undefined ? extra.dueOn : dueDateFor(next.state, today),
      },
      command.type === 'returnProposal' ? command.reasons : [],
    );
}

/** History row, the submitter's in-app notification, and the audit event of one step. */
export async function recordStep(
  tx: Tx,
  ctx: RequestContext,
  p: ProposalRow,
  command: string,
  toState: string,
  detail: unknown,
) {
  const tenantId = ctx.actor.tenantId;
  const at = new Date().toISOString();
  await insertEvent(tx, {
    tenantId,
    id: newId(),
    proposalId: p.id,
    at,
    actorId: actorIdOf(ctx.actor.userId),
    actorName: await userName(tx, tenantId, ctx.actor.userId),
    command,
    fromState: p.state,
    toState,
    detail: detail ?? null,
  });
  await insertNotification(tx, {
    tenantId,
    id: newId(),
    userId: p.createdBy,
    proposalId: p.id,
    title: `Hồ sơ "${p.title}": ${STATE_LABELS[toState as ProposalState] ?? toState}`,
    body: `Hồ sơ chuyển từ "${STATE_LABELS[p.state as ProposalState] ?? p.state}" sang "${STATE_LABELS[toState as ProposalState] ?? toState}".`,
  });
  await appendAudit(tx, {
    tenantId,
    actorId: actorIdOf(ctx.actor.userId),
    action: `proposal.${command}`,
    entityType: 'proposal',
    entityId: p.id,
    before: { state: p.state, version: p.version - 1 },
    after: { state: toState, version: p.version, detail: detail ?? null },
    requestId: ctx.requestId,
  });
}
