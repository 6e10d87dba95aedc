import { type DecisionFacts, decisionPolicy } from '@vinhdanh/domain/auth/policies/decision';
import { type Actor, decide } from '@vinhdanh/domain/auth/policy';
import { and, eq, isNull } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { orgUnit, proposal, proposalDecision } from '../../db/schema/index';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
import { findDecision } from './decisions.repository';

/**
 * A decision for requireAccess, with what its documents print of the proposal it answered (the
 * domain's decision policy: the submitting unit's scope, or the tenant's root for a decision
 * entered by hand). The role's permission is checked before the load.
 */
export function decisionRef(id: string): EntityRef<LoadedDecision> {
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
        .where(
          and(
            eq(proposalDecision.tenantId, tenantId),
            // A revocation decision is in the scope of the decision it revokes from.
            eq(proposalDecision.decisionId, decision.revokesDecisionId ?? id),
          ),
        )
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
type LoadedDecision = DecisionContext & DecisionFacts;

/**
 * The decision's actions and the permission the routes performing each check through decisionRef.
 * Lives here, beside the ref, so the records' decision view can send them without importing the
 * documents module (which imports records).
 */
export const DECISION_ACTIONS = {
  /** Its documents: the Quyết định (.docx, .pdf), certificates, money summary, signature status (documents, signing). */
  generateDocuments: 'document:generate',
  /** Sign it with the organisation's seal (signing: POST /decisions/{id}/signature). */
  sign: 'decision:issue',
} as const;

export type DecisionAction = keyof typeof DECISION_ACTIONS;

/** What the actor may do on a decision loaded by decisionRef, decided by its policy as the routes do. */
export function decisionActions(actor: Actor, d: LoadedDecision): Record<DecisionAction, boolean> {
  return allowedActions(DECISION_ACTIONS, (permission) =>
    isAllowed(actor, permission, decisionRef(d.decision.id), d),
  );
}

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
