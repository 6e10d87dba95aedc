import { type DecisionFacts, decisionPolicy } from '@vinhdanh/domain/auth/policies/decision';
import { decide } from '@vinhdanh/domain/auth/policy';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { orgUnit, proposal, proposalDecision } from '../../db/schema/index';
import type { EntityRef } from '../../lib/access';
import { findDecision } from '../records/index';

/**
 * A decision for requireAccess, with what its documents print of the proposal it answered (the
 * domain's decision policy: the submitting unit's scope, or the tenant's root for a decision
 * entered by hand). The role's permission is checked before the load.
 */
export function decisionRef(id: string): EntityRef<DecisionContext & DecisionFacts> {
  return {
    load: async (db, tenantId) => {
      const decision = await findDecision(db, tenantId, id);
      if (!decision) return undefined;
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
      return {
        tenantId,
        submitterPath: link?.path ?? null,
        rootPath: link ? '/' : await rootPath(db, tenantId),
        decision,
        proposal: link ? { title: link.title, unitName: link.unitName, deciderRole: link.deciderRole } : null,
      };
    },
    notFound: 'DECISION_NOT_FOUND',
    policy: decisionPolicy,
    precheck: decide,
  };
}

type DecisionRow = NonNullable<Awaited<ReturnType<typeof findDecision>>>;

export type DecisionContext = {
  decision: DecisionRow;
  proposal: { title: string; unitName: string; deciderRole: string } | null;
};

async function rootPath(db: Db | Tx, tenantId: string) {
  const [root] = await db
    .select({ path: orgUnit.path })
    .from(orgUnit)
    .where(and(eq(orgUnit.tenantId, tenantId), isNull(orgUnit.parentId)))
    .limit(1);
  return root?.path ?? '/';
}
