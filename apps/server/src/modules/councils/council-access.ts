import { unitPolicy } from '@vinhdanh/domain/auth/policies/org-unit';
import { type Actor, decide } from '@vinhdanh/domain/auth/policy';
import { allowedActions, type EntityRef, isAllowed } from '../../lib/access';
import { findSession } from './councils.repository';

type Session = NonNullable<Awaited<ReturnType<typeof findSession>>>['s'];
type LoadedSession = Session & { path: string };

/**
 * A council session for requireAccess: acted on inside the subtree of the unit whose council it
 * is (the domain's unit policy). The role's permission is checked before the load.
 */
export function councilSessionRef(id: string): EntityRef<LoadedSession> {
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

/**
 * The session's actions and the permission the route performing each checks through
 * councilSessionRef. Voting is offered item by item (canIVote: a member, present, without a
 * conflict), not as an action of the session.
 */
export const COUNCIL_SESSION_ACTIONS = {
  /** Open the meeting, close it, record an absent member's written ballot (councils.service). */
  manage: 'council:manage',
  /** Download the Biên bản họp (documents/council-minutes), once the session is closed. */
  downloadMinutes: 'document:generate',
} as const;

export type CouncilSessionAction = keyof typeof COUNCIL_SESSION_ACTIONS;

/** What the actor may do on a session already loaded by councilSessionRef, decided by its policy. */
export function councilSessionActions(actor: Actor, s: LoadedSession): Record<CouncilSessionAction, boolean> {
  return allowedActions(COUNCIL_SESSION_ACTIONS, (permission) =>
    isAllowed(actor, permission, councilSessionRef(s.id), s),
  );
}
