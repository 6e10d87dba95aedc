import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
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

/**
 * A unit's actions and the permission the route performing each checks on this unit through
 * unitRef (org-units.service; the people list checks person:read on the unit it is filtered by).
 */
export const UNIT_ACTIONS = {
  /** Create a unit under this one (POST /org-units with parentId: requireAccess on the parent). */
  addChild: 'orgUnit:create',
  /** Rename it (POST /org-units/{id}/rename). */
  rename: 'orgUnit:restructure',
  /** Split it into new units (POST /org-units/{id}/split). */
  split: 'orgUnit:restructure',
  /** Merge others into it, as the successor (POST /org-units/merge). */
  merge: 'orgUnit:restructure',
  /** List its people (GET /people?unitId=). */
  readPeople: 'person:read',
  /**
   * Its eligibility as a collective and the suggestions of its subtree (GET /subjects/{id}/eligibility,
   * GET /org-units/{id}/suggestions: the same permission through the unit policy).
   */
  readEligibility: 'eligibility:read',
} as const satisfies Record<string, Permission>;

export type UnitAction = keyof typeof UNIT_ACTIONS;

/** What the actor may do on a unit already loaded by unitRef, decided by its policy. */
export function unitActions(actor: Actor, unit: OrgUnitRow) {
  return allowedActions(UNIT_ACTIONS, (permission) => isAllowed(actor, permission, unitRef(unit.id), unit));
}
