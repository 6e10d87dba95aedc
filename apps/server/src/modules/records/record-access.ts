import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { recordSubjectPolicy } from '@vinhdanh/domain/auth/policies/record';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { allowedActions, type EntityRef, isAllowed, requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { findSubject, type Subject } from './subject';

/**
 * Whose record it is, for requireAccess: the permission inside the subtree of the subject's unit
 * (the domain's record policy). No precheck: the services that need the role first (before
 * loading the row) check it themselves, and keep the order the authorization matrix pins.
 */
export function subjectRef(id: string): EntityRef<Subject> {
  return {
    load: (db, tenantId) => findSubject(db, tenantId, id),
    notFound: 'NOT_FOUND',
    policy: recordSubjectPolicy,
  };
}

/** Loads the subject and checks the permission on its scope; unknown subjects are 404 in any tenant. */
export function authorizeSubject(
  db: Db | Tx,
  ctx: RequestContext,
  id: string,
  permission: Permission,
): Promise<Subject> {
  return requireAccess(db, ctx, permission, subjectRef(id));
}

/** A subject's record actions and the permission the record routes check through subjectRef. */
export const RECORD_SUBJECT_ACTIONS = {
  /** Add, edit, delete a rating, award, discipline or hold, revoke an award, close a hold. */
  writeRecords: 'record:write',
} as const satisfies Record<string, Permission>;

export type RecordSubjectAction = keyof typeof RECORD_SUBJECT_ACTIONS;

/** What the actor may do on the records of a subject already loaded, decided by subjectRef's policy. */
export function recordSubjectActions(actor: Actor, subject: Subject) {
  return allowedActions(RECORD_SUBJECT_ACTIONS, (permission) =>
    isAllowed(actor, permission, subjectRef(subject.id), subject),
  );
}
