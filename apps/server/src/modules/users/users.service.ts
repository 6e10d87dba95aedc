import { mayGrantRoles } from '@vinhdanh/domain/auth/policies/user';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { and, arrayContains, asc, eq, like, not } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client';
import { appUser, loginName, orgUnit, person } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { storedEmail } from '../../lib/email-address';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { assertStrongPassword, forgetUserSessions, hashPassword } from '../auth/index';
import { newUserRef, userActions, userRef } from './user-access';
import type { CreateUserInput, UpdateUserInput, UserOutput } from './users.schemas';

type UserRow = typeof appUser.$inferSelect;

function present(row: UserRow, personName: string | null): UserOutput {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    roles: row.roles as Role[],
    unitId: row.unitId,
    scopeUnitId: row.scopeUnitId,
    personId: row.personId ?? null,
    personName,
    positionTitle: row.positionTitle ?? null,
    email: row.email ?? null,
    disabled: row.disabledAt !== null,
    mustChangePassword: row.mustChangePassword,
  };
}

const linked = alias(person, 'linked_person');
const joinLinked = and(eq(linked.tenantId, appUser.tenantId), eq(linked.id, appUser.personId));

/**
 * The officers' accounts in scope. Citizen accounts (made by a VNeID login to file on the portal)
 * are not staff: they have no unit work, no roles to grant, and listing every citizen who ever
 * filed among the administrators would expose them; they are left out.
 */
export async function listUsers(db: Db, ctx: RequestContext) {
  authorize(ctx.actor, 'user:read');
  const rows = await db
    .select({ user: appUser, personName: linked.fullName, unitPath: orgUnit.path })
    .from(appUser)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, appUser.tenantId), eq(orgUnit.id, appUser.unitId)))
    .leftJoin(linked, joinLinked)
    .where(
      and(
        eq(appUser.tenantId, ctx.actor.tenantId),
        like(orgUnit.path, `${ctx.actor.scopePath}%`),
        not(arrayContains(appUser.roles, ['CITIZEN'])),
      ),
    )
    .orderBy(asc(appUser.username));
  return rows.map((r) => ({
    ...present(r.user, r.personName),
    allowedActions: userActions(ctx.actor, { ...r.user, unitPath: r.unitPath }),
  }));
}

/** The person to link, which must be in the administrator's scope; null unlinks. */
async function linkablePerson(tx: Tx, ctx: RequestContext, personId: string | null | undefined) {
  if (!personId) return null;
  const [row] = await tx
    .select({ id: person.id, fullName: person.fullName, tenantId: person.tenantId, path: orgUnit.path })
    .from(person)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
    .where(and(eq(person.tenantId, ctx.actor.tenantId), eq(person.id, personId)))
    .limit(1);
  if (!row) throw new AppError('PERSON_NOT_FOUND');
  authorize(ctx.actor, 'user:manage', row);
  return row;
}

/** Only a system admin hands out or takes away the system admin role. */
function checkRoleGrant(ctx: RequestContext, roles: readonly string[] | undefined) {
  if (!mayGrantRoles(ctx.actor, roles)) throw new AppError('FORBIDDEN');
}

export async function createUser(db: Db, ctx: RequestContext, input: CreateUserInput) {
  // A user can only be given a scope the creator holds, and only a system admin makes system admins;
  // decided before the password is even hashed (argon2 is the costly part of the request).
  const { unit, scope } = await requireAccess(db, ctx, 'user:manage', newUserRef(input));
  assertStrongPassword(input.password, 'password', input.username);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const linkedPerson = await linkablePerson(tx, ctx, input.personId);
    const values = {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      username: input.username,
      fullName: input.fullName,
      passwordHash,
      roles: input.roles,
      unitId: unit.id,
      scopeUnitId: scope.id,
      personId: linkedPerson?.id ?? null,
      positionTitle: input.positionTitle ?? null,
      email: storedEmail(input.email),
    };
    // The name is claimed in the global table first: it is what keeps usernames unique across tenants.
    await tx
      .insert(loginName)
      .values({ username: values.username, tenantId: values.tenantId })
      .catch(rethrowUnique('DUPLICATE_USERNAME'));
    await tx
      .insert(appUser)
      .values(values)
      .catch(rethrowUnique('DUPLICATE_USERNAME', { app_user_person_uq: 'PERSON_ALREADY_LINKED' }));
    const { passwordHash: _omit, ...safe } = values;
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'user.create',
      entityType: 'user',
      entityId: values.id,
      after: safe,
      requestId: ctx.requestId,
    });
    const [row] = await tx
      .select()
      .from(appUser)
      .where(and(eq(appUser.tenantId, values.tenantId), eq(appUser.id, values.id)));
    return present(row!, linkedPerson?.fullName ?? null);
  });
}

export async function updateUser(db: Db, ctx: RequestContext, id: string, input: UpdateUserInput) {
  authorize(ctx.actor, 'user:manage');
  checkRoleGrant(ctx, input.roles);
  const updated = await db.transaction(async (tx) => {
    const before = await requireAccess(tx, ctx, 'user:manage', userRef(id));
    // Taking the system admin role away is as sensitive as granting it.
    if (input.roles) checkRoleGrant(ctx, before.roles);
    const fields: Partial<UserRow> = {};
    if (input.fullName !== undefined) fields.fullName = input.fullName;
    if (input.roles !== undefined) fields.roles = input.roles;
    if (input.positionTitle !== undefined) fields.positionTitle = input.positionTitle;
    if (input.email !== undefined) fields.email = storedEmail(input.email);
    if (input.personId !== undefined)
      fields.personId = (await linkablePerson(tx, ctx, input.personId))?.id ?? null;
    const [after] = await tx
      .update(appUser)
      .set(fields)
      .where(and(eq(appUser.tenantId, ctx.actor.tenantId), eq(appUser.id, id)))
      .returning()
      .catch(rethrowUnique('PERSON_ALREADY_LINKED'));
    const pick = (u: UserRow) => ({
      fullName: u.fullName,
      roles: u.roles,
      personId: u.personId,
      positionTitle: u.positionTitle,
      email: u.email,
    });
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'user.update',
      entityType: 'user',
      entityId: id,
      before: pick(before),
      after: pick(after!),
      requestId: ctx.requestId,
    });
    const [name] = after!.personId
      ? await tx
          .select({ fullName: person.fullName })
          .from(person)
          .where(and(eq(person.tenantId, ctx.actor.tenantId), eq(person.id, after!.personId)))
      : [];
    return present(after!, name?.fullName ?? null);
  });
  // New roles apply from the user's next request, not when the cached session expires.
  forgetUserSessions(ctx.actor.tenantId, id);
  return updated;
}
