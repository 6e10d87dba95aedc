import type { Permission } from '../permissions';
import type { Actor, Decision } from '../policy';
import { decideTenantWide } from './unit-tree';

export type FundPermission = Extract<Permission, `fund:${string}`>;

/** The emulation fund is the tenant's (one ledger per tenant): only an actor scoped to the root. */
export function fundPolicy(actor: Actor, permission: FundPermission): Decision {
  return decideTenantWide(actor, permission);
}
