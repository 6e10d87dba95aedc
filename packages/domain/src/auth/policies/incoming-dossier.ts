import type { Permission } from '../permissions';
import type { Actor, Decision } from '../policy';
import { decideTenantWide } from './unit-tree';

/** The permissions an incoming dossier's routes name (issue 17): read, appraise, decide. */
export type IncomingDossierPermission = Extract<
  Permission,
  'proposal:read' | 'proposal:appraise' | 'decision:issue'
>;

/** What the policy needs of an incoming dossier: only whose it is. */
export type IncomingDossierFacts = { tenantId: string };

/**
 * A dossier a child tenant sent up is the receiving tenant's as a whole (its emulation office
 * handles it, not one unit): read, appraised (returned, approved) and decided only by an officer
 * scoped to the tenant's root, with the role's permission (proposal:read, proposal:appraise,
 * decision:issue), and never from another tenant.
 */
export function incomingDossierPolicy(
  actor: Actor,
  permission: IncomingDossierPermission,
  d: IncomingDossierFacts,
): Decision {
  if (d.tenantId !== actor.tenantId) return { allowed: false, reason: 'OUT_OF_SCOPE' };
  return decideTenantWide(actor, permission);
}
