import type { Permission } from '@vinhdanh/domain/auth/permissions';
import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { findUnit } from '../org-units/index';
import { findPerson } from '../people/index';
import { findTeamOrHousehold } from './subject.repository';

/** Whose record it is: a person, an org unit as its own collective, a team, or a household. */
export type Subject = {
  id: string;
  type: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  name: string;
  tenantId: string;
  /** The scope of a record is its subject's unit path: the person's (team's, household's) unit, or the unit itself. */
  path: string;
};

export async function findSubject(db: Db | Tx, tenantId: string, id: string): Promise<Subject | undefined> {
  const found = await findPerson(db, tenantId, id);
  if (found) {
    return { id, type: 'PERSON', name: found.person.fullName, tenantId, path: found.unitPath };
  }
  const unit = await findUnit(db, tenantId, id);
  if (unit) return { id, type: 'COLLECTIVE', name: unit.name, tenantId, path: unit.path };
  const other = await findTeamOrHousehold(db, tenantId, id);
  return other && { id, tenantId, ...other };
}

/** Every person must exist in the tenant and lie in the actor's scope (initiative authors). */
export async function authorizePeople(
  db: Db | Tx,
  ctx: RequestContext,
  ids: string[],
  permission: Permission,
) {
  const names = new Map<string, string>();
  for (const id of ids) {
    const found = await findPerson(db, ctx.actor.tenantId, id);
    if (!found) throw new AppError('PERSON_NOT_FOUND');
    authorize(ctx.actor, permission, { tenantId: found.person.tenantId, path: found.unitPath });
    names.set(id, found.person.fullName);
  }
  return names;
}

export function auditBase(ctx: RequestContext, entityType: string, entityId: string) {
  return {
    tenantId: ctx.actor.tenantId,
    actorId: ctx.actor.userId,
    entityType,
    entityId,
    requestId: ctx.requestId,
  };
}
