import type { Permission } from '../permissions';
import { type Actor, type Decision, decide } from '../policy';

/** What the record policy needs: the tenant and the unit path of whose record it is. */
export type RecordSubjectFacts = { tenantId: string; path: string };

/**
 * A record (rating, award, discipline, hold) belongs to its subject: it is read and written inside
 * the subtree of the subject's unit (the person's current unit, a team's or household's unit, or
 * the collective itself).
 */
export function recordSubjectPolicy(actor: Actor, permission: Permission, s: RecordSubjectFacts): Decision {
  return decide(actor, permission, { tenantId: s.tenantId, unitPath: s.path });
}
