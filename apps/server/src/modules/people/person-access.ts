import { personPolicy } from '@vinhdanh/domain/auth/policies/person';
import type { EntityRef } from '../../lib/access';
import { findPerson, type PersonWithUnit } from './people.repository';

/** A person for requireAccess: inside the subtree of their current unit (the domain's person policy). */
export function personRef(id: string): EntityRef<PersonWithUnit & { tenantId: string }> {
  return {
    load: async (db, tenantId) => {
      const row = await findPerson(db, tenantId, id);
      return row && { ...row, tenantId: row.person.tenantId };
    },
    notFound: 'PERSON_NOT_FOUND',
    policy: personPolicy,
  };
}
