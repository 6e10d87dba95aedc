import type { Db } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { presentAwardHit } from './award-search.presenter';
import { searchAwardRows } from './award-search.repository';
import { decisionActions, decisionRef } from './decision-access';
import { resolveDecisionIssuer } from './decision-issuer';
import { type DecisionRow, insertDecision, listDecisions } from './decisions.repository';
import type { CreateDecisionInput, ListDecisionsQuery } from './decisions.schemas';
import { auditBase } from './subject';

export const presentDecision = ({
  tenantId: _,
  changedAt: _x,
  ...d
}: DecisionRow & { changedAt?: unknown }) => d;

/**
 * A decision is a tenant-wide document: any officer may register one, in the register of a unit
 * in their scope or of an issuer outside the tenant; the awards it carries are what is scoped.
 */
export async function createDecision(db: Db, ctx: RequestContext, input: CreateDecisionInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const row: DecisionRow = {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      number: input.number,
      signedOn: input.signedOn,
      ...(await resolveDecisionIssuer(tx, ctx, 'record:write', input)),
      signer: input.signer ?? null,
      signerPosition: input.signerPosition ?? null,
      signedAsDeputy: input.signedAsDeputy ?? false,
    };
    await insertDecision(tx, row).catch(rethrowUnique('DUPLICATE_DECISION_NUMBER'));
    await appendAudit(tx, {
      ...auditBase(ctx, 'decision', row.id),
      action: 'decision.create',
      after: presentDecision(row),
    });
    return presentDecision(row);
  });
}

export async function searchDecisions(db: Db, ctx: RequestContext, query: ListDecisionsQuery) {
  authorize(ctx.actor, 'record:read');
  const { rows, total } = await listDecisions(
    db,
    ctx.actor.tenantId,
    query.q,
    query.pageSize,
    (query.page - 1) * query.pageSize,
  );
  return { items: rows.map(presentDecision), total, page: query.page, pageSize: query.pageSize };
}

/** The decision with the awards it carries, limited to the actor's scope. */
export async function getDecision(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:read');
  // Loaded through decisionRef, so its actions are decided on what the documents' routes decide on.
  const loaded = await decisionRef(id).load(db, ctx.actor.tenantId, ctx.actor);
  if (!loaded) throw new AppError('DECISION_NOT_FOUND');
  const { rows } = await searchAwardRows(
    db,
    ctx.actor.tenantId,
    ctx.actor.scopePath,
    { decisionId: id },
    { limit: 5000 },
  );
  return {
    decision: presentDecision(loaded.decision),
    awards: rows.map(presentAwardHit),
    allowedActions: decisionActions(ctx.actor, loaded),
  };
}
