import type { Permission } from '../permissions';
import { type Actor, type Decision, decide } from '../policy';

/**
 * What the decision policy needs: the path of the submitting unit of the proposal the decision
 * answered, or null for a decision entered by hand, and the tenant root's path.
 */
export type DecisionFacts = { tenantId: string; submitterPath: string | null; rootPath: string };

/**
 * A decision is read (printed, signed) in the scope of the unit that proposed it, so that unit
 * prints its certificates. A decision entered by hand, with no proposal, belongs to the whole
 * tenant: only a tenant-wide actor acts on it.
 */
export function decisionPolicy(actor: Actor, permission: Permission, d: DecisionFacts): Decision {
  return decide(actor, permission, { tenantId: d.tenantId, unitPath: d.submitterPath ?? d.rootPath });
}
