import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { personPolicy } from '@vinhdanh/domain/auth/policies/person';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
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

/** The person's actions and the permission the route performing each checks through personRef. */
export const PERSON_ACTIONS = {
  /** Edit the person, add an earlier post (PATCH /people/{id}, POST /people/{id}/employment). */
  update: 'person:update',
  /** Show the sensitive fields, audited (GET /people/{id}/reveal). */
  revealSensitive: 'person:readSensitive',
  /**
   * Their eligibility (GET /subjects/{id}/eligibility: the same permission over the same scope, the
   * subtree of the person's current unit, through the unit policy).
   */
  readEligibility: 'eligibility:read',
} as const satisfies Record<string, Permission>;

export type PersonAction = keyof typeof PERSON_ACTIONS;

/** What the actor may do on a person already loaded by personRef, decided by its policy. */
export function personActions(actor: Actor, row: PersonWithUnit & { tenantId: string }) {
  return allowedActions(PERSON_ACTIONS, (permission) =>
    isAllowed(actor, permission, personRef(row.person.id), row),
  );
}
