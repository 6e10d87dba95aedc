import type { Permission } from '@vinhdanh/domain/auth/permissions';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import { allowedActions, isAllowed } from '../../lib/access';
import { type OrgUnitRow, unitRef } from '../org-units/index';

/**
 * What the reader of a unit's "Gợi ý đề nghị" may do from it, and the permission the route
 * performing each checks on that unit. Reading the suggestions is the unit's own flag
 * (UNIT_ACTIONS.readEligibility), since the list cannot carry the right to fetch itself.
 */
export const SUGGESTION_ACTIONS = {
  /**
   * Start a dossier from an award's list, submitted by this unit (POST /proposals with
   * submittingUnitId: proposal:submit on that unit, under the unit policy).
   */
  createProposal: 'proposal:submit',
} as const satisfies Record<string, Permission>;

export type SuggestionAction = keyof typeof SUGGESTION_ACTIONS;

/** The suggestions' actions for a unit already loaded by unitRef, decided by its policy. */
export function suggestionActions(actor: Actor, unit: OrgUnitRow) {
  return allowedActions(SUGGESTION_ACTIONS, (permission) =>
    isAllowed(actor, permission, unitRef(unit.id), unit),
  );
}
