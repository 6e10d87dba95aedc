import type { Actor, Decision } from '../policy';
import { decide } from '../policy';
import { decideReadFromAbove } from './unit-tree';

/** What the cluster policy needs: the tenant and the organising unit's path. */
export type ClusterFacts = { tenantId: string; organiserPath: string };

/** A cluster is managed inside the organiser's subtree, and read from its members below as well. */
export function clusterPolicy(
  actor: Actor,
  permission: 'cluster:read' | 'cluster:manage',
  c: ClusterFacts,
): Decision {
  const resource = { tenantId: c.tenantId, unitPath: c.organiserPath };
  return permission === 'cluster:read'
    ? decideReadFromAbove(actor, permission, resource)
    : decide(actor, permission, resource);
}
