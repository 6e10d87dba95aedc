import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { orgUnit, proposal, proposalDecision } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findDecision } from '../records/index';

export type DecisionContext = Awaited<ReturnType<typeof loadDecisionAuthorized>>;

/**
 * A decision with the scope it is read in: the submitting unit of the proposal it answered (so
 * the unit that proposed may print its certificates). A decision entered by hand, with no
 * proposal, belongs to the whole tenant, so only a tenant-wide actor may print it.
 */
export async function loadDecisionAuthorized(
  db: Db,
  ctx: RequestContext,
  id: string,
  permission: Permission,
) {
  authorize(ctx.actor, permission);
  const tenantId = ctx.actor.tenantId;
  const decision = await findDecision(db, tenantId, id);
  if (!decision) throw new AppError('DECISION_NOT_FOUND');
  const [link] = await db
    .select({
      title: proposal.title,
      unitName: orgUnit.name,
      path: orgUnit.path,
      deciderRole: proposal.deciderRole,
    })
    .from(proposalDecision)
    .innerJoin(
      proposal,
      and(eq(proposal.tenantId, proposalDecision.tenantId), eq(proposal.id, proposalDecision.proposalId)),
    )
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, proposal.tenantId), eq(orgUnit.id, proposal.submittingUnitId)),
    )
    .where(and(eq(proposalDecision.tenantId, tenantId), eq(proposalDecision.decisionId, id)))
    .limit(1);
  const path = link?.path ?? (await rootPath(db, tenantId));
  authorize(ctx.actor, permission, { tenantId, path });
  return {
    decision,
    proposal: link ? { title: link.title, unitName: link.unitName, deciderRole: link.deciderRole } : null,
  };
}

async function rootPath(db: Db, tenantId: string) {
  const [root] = await db
    .select({ path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), isNull(orgUnit.parentId)))
    .limit(1);
  return root?.path ?? '/';
}
