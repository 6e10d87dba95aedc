import { clusterPolicy } from '@vinhdanh/domain/auth/policies/cluster';
import type { EntityRef } from '../../lib/access';
import { findCluster } from './clusters.repository';

type Found = NonNullable<Awaited<ReturnType<typeof findCluster>>>;

/**
 * The cluster for requireAccess: managed inside the organiser's subtree, read from its member
 * units below as well (the domain's cluster policy).
 */
export function clusterRef(
  id: string,
): EntityRef<Found & { tenantId: string }, 'cluster:read' | 'cluster:manage'> {
  return {
    load: async (db, tenantId) => {
      const found = await findCluster(db, tenantId, id);
      return found && { ...found, tenantId: found.cluster.tenantId };
    },
    notFound: 'CLUSTER_NOT_FOUND',
    policy: clusterPolicy,
  };
}
