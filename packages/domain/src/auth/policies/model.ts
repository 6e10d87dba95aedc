import type { Permission } from '../permissions';
import { type Actor, type Decision, decide } from '../policy';
import { decideTenantWide } from './unit-tree';

export type ModelPermission = Extract<Permission, `model:${string}`>;

/** What the model policy needs: the tenant, the proposing unit's path and the review status. */
export type ModelFacts = { tenantId: string; unitPath: string; status: string };

/**
 * A model belongs to the unit that proposed it: the unit's subtree reads and edits it. Once
 * approved it is public, so any officer of the tenant with model:read reads it (and may adopt it).
 */
export function modelPolicy(actor: Actor, permission: ModelPermission, m: ModelFacts): Decision {
  if (permission === 'model:read' && m.status === 'APPROVED') return decide(actor, permission);
  return decide(actor, permission, { tenantId: m.tenantId, unitPath: m.unitPath });
}

/** The emulation office (review queue, conferences) acts for the whole tenant: only from its root. */
export function modelOfficePolicy(actor: Actor, permission: ModelPermission): Decision {
  return decideTenantWide(actor, permission);
}
