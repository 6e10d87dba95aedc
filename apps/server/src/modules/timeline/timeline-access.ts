import type { Permission } from '@vinhdanh/domain/auth/permissions';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import { allowedActions, isAllowed } from '../../lib/access';
import { recordSubjectActions, type Subject, subjectRef } from '../records/index';

/**
 * What the timeline's toolbar and rows offer on its subject, and whose rule decides each:
 * RECORDS is the records routes' (records' subjectRef: add, edit, delete, revoke, close), OWNER
 * the person's or unit's own ref, which the achievement reports check (documents'
 * achievement-report.service: requireAccess on personRef or unitRef).
 */
export const TIMELINE_ACTIONS = {
  /** Add records, and change those of the subject itself (a predecessor's rows carry their own flag). */
  writeRecords: ['record:write', 'RECORDS'],
  /** Download its achievement reports (báo cáo thành tích and ND 152's other forms). */
  generateDocuments: ['document:generate', 'OWNER'],
} as const satisfies Record<string, readonly [Permission, 'RECORDS' | 'OWNER']>;

export type TimelineAction = keyof typeof TIMELINE_ACTIONS;

/**
 * The actions on a subject already loaded: `ownerAllows` is isAllowed through the person's or
 * unit's ref on the row the service loaded with it.
 */
export function timelineActions(
  actor: Actor,
  subject: Subject,
  ownerAllows: (permission: Permission) => boolean,
): Record<TimelineAction, boolean> {
  return allowedActions(TIMELINE_ACTIONS, ([permission, via]) =>
    via === 'RECORDS'
      ? isAllowed(actor, permission, subjectRef(subject.id), subject)
      : ownerAllows(permission),
  );
}

/** A predecessor unit's rows on a unit's timeline: changed under the predecessor's own scope. */
export const predecessorActions = recordSubjectActions;
