import type { Role } from '@vinhdanh/domain/auth/roles';
import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { appUser, orgUnit } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../audit/audit.repository';
import { hashPassword } from '../auth/password';
import { findUnit } from '../org-units/org-units.repository';
import type { CreateUserInput } from './users.schemas';

function present(row: typeof appUser.$inferSelect) {
  return {
    id: row.id,
    username: row.username,
    fullName: row.fullName,
    roles: row.roles as Role[],
    unitId: row.unitId,
    scopeUnitId: row.scopeUnitId,
  };
}

export async function listUsers(db: Db, ctx: RequestContext) {
  authorize(ctx.actor, 'user:read');
  const rows = await db
    .select({ user: appUser })
    .from(appUser)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, appUser.tenantId), eq(orgUnit.id, appUser.unitId)))
    .where(and(eq(appUser.tenantId, ctx.actor.tenantId), like(orgUnit.path, `${ctx.actor.scopePath}%`)))
    .orderBy(asc(appUser.username));
  return rows.map((r) => present(r.user));
}

export async function createUser(db: Db, ctx: RequestContext, input: CreateUserInput) {
  // A user can only be given a scope the creator holds, and only a system admin makes system admins.
  if (input.roles.includes('SYSTEM_ADMIN') && !ctx.actor.roles.includes('SYSTEM_ADMIN')) {
    throw new AppError('FORBIDDEN');
  }
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const unit = await findUnit(tx, ctx.actor.tenantId, input.unitId);
    const scope = input.scopeUnitId ? await findUnit(tx, ctx.actor.tenantId, input.scopeUnitId) : unit;
    if (!unit || !scope) throw new AppError('ORG_UNIT_NOT_FOUND');
    authorize(ctx.actor, 'user:manage', unit);
    authorize(ctx.actor, 'user:manage', scope);
    const values = {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      username: input.username,
      fullName: input.fullName,
      passwordHash,
      roles: input.roles,
      unitId: unit.id,
      scopeUnitId: scope.id,
    };
    await tx.insert(appUser).values(values).catch(rethrowUnique('DUPLICATE_USERNAME'));
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
    return present({ ...values, failedAttempts: 0, lockedUntil: null, createdAt: new Date() });
  });
}
