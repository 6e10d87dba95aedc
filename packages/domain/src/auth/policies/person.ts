import type { Permission } from '../permissions';
import { type Actor, type Decision, decide } from '../policy';

/** What the person policy needs: the tenant and the path of the person's current unit. */
export type PersonFacts = { tenantId: string; unitPath: string };

/**
 * A person is read and kept inside the subtree of their current unit; revealing the sensitive
 * fields is its own permission (person:readSensitive) over the same scope.
 */
export function personPolicy(actor: Actor, permission: Permission, p: PersonFacts): Decision {
  return decide(actor, permission, { tenantId: p.tenantId, unitPath: p.unitPath });
}
