import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { type Actor, decide, hasPermission } from '@vinhdanh/domain/auth/policy';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
import { type ComplaintRow, findComplaint } from './complaints.repository';

type Found = NonNullable<Awaited<ReturnType<typeof findComplaint>>>;
export type LoadedComplaint = Found & { tenantId: string; path: string };

/**
 * A case for requireAccess: handled inside the subtree of the unit it is filed with (the
 * domain's unit policy); the role's permission is checked before the load.
 */
export function complaintRef(id: string): EntityRef<LoadedComplaint> {
  return {
    load: async (db, tenantId) => {
      const found = await findComplaint(db, tenantId, id);
      return found && { ...found, tenantId, path: found.unitPath };
    },
    notFound: 'COMPLAINT_NOT_FOUND',
    policy: unitPolicy,
    precheck: decide,
  };
}

/**
 * After classification only the assigned handler moves the case on, or an administrator
 * (portal:manage moves any case on); anyone with the role in scope may take a new case.
 */
export function mayMoveOn(actor: Actor, row: ComplaintRow): boolean {
  return row.handlerId === actor.userId || hasPermission(actor, 'portal:manage');
}

/** Moving the case on after classification, as runStep decides it. */
function mayConclude(actor: Actor, c: LoadedComplaint): boolean {
  return (
    isAllowed(actor, 'complaint:handle', complaintRef(c.complaint.id), c) && mayMoveOn(actor, c.complaint)
  );
}

/**
 * The case's actions, each decided as the route performing it decides: complaintRef's policy
 * for the permission, and for the steps after classification the assignment (mayMoveOn) that
 * runStep checks.
 */
export const COMPLAINT_ACTIONS = {
  /** Classify a new case, taking it (complaints.service classifyComplaint). */
  classify: (actor: Actor, c: LoadedComplaint) =>
    isAllowed(actor, 'complaint:handle', complaintRef(c.complaint.id), c),
  /** Accept, verify, conclude: the steps after classification (runStep). */
  moveOn: mayConclude,
  /**
   * Revoke the award the conclusion names, in the same step (concludeComplaint, revokeNow): a
   * concluder who may revoke over the case's unit.
   */
  revokeAward: (actor: Actor, c: LoadedComplaint) =>
    mayConclude(actor, c) && isAllowed(actor, 'decision:revoke', complaintRef(c.complaint.id), c),
} satisfies Record<string, (actor: Actor, c: LoadedComplaint) => boolean>;

export type ComplaintAction = keyof typeof COMPLAINT_ACTIONS;

/** What the actor may do on a case already loaded by complaintRef. */
export function complaintActions(actor: Actor, c: LoadedComplaint): Record<ComplaintAction, boolean> {
  return allowedActions(COMPLAINT_ACTIONS, (decideAction) => decideAction(actor, c));
}
