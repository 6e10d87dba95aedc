import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { decide } from '@vinhdanh/domain/auth/policy';
import type { EntityRef } from '../../lib/access';
import { findSession } from './councils.repository';

type Session = NonNullable<Awaited<ReturnType<typeof findSession>>>['s'];

/**
 * A council session for requireAccess: acted on inside the subtree of the unit whose council it
 * is (the domain's unit policy). The role's permission is checked before the load.
 */
export function councilSessionRef(id: string): EntityRef<Session & { path: string }> {
  return {
    load: async (db, tenantId) => {
      const found = await findSession(db, tenantId, id);
      return found && { ...found.s, path: found.unitPath };
    },
    notFound: 'COUNCIL_NOT_FOUND',
    policy: unitPolicy,
    precheck: decide,
  };
}
