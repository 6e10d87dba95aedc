import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import type { EntityRef } from '../../lib/access';
import type { OrgUnitRow } from './org-units.repository';
import { findUnit } from './org-units.repository';

/** A unit for requireAccess: the permission inside the actor's subtree (the domain's unit policy). */
export function unitRef(id: string): EntityRef<OrgUnitRow> {
  return {
    load: (db, tenantId) => findUnit(db, tenantId, id),
    notFound: 'ORG_UNIT_NOT_FOUND',
    policy: unitPolicy,
  };
}
