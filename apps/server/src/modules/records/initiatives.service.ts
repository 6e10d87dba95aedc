import { decide } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { findUnit } from '../org-units/index';
import { findPerson } from '../people/index';
import {
  deleteInitiativeRow,
  findInitiative,
  insertInitiative,
  replaceAuthors,
  updateInitiativeRow,
} from './initiatives.repository';
import type { CreateInitiativeInput, UpdateInitiativeInput } from './initiatives.schemas';
import { auditBase, authorizePeople } from './subject';

type Loaded = NonNullable<Awaited<ReturnType<typeof findInitiative>>>;
const present = ({ tenantId: _, ...row }: Loaded) => row;

async function authorizeUnit(tx: Tx, ctx: RequestContext, unitId: string | null | undefined) {
  if (!unitId) return;
  const unit = await findUnit(tx, ctx.actor.tenantId, unitId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  authorize(ctx.actor, 'record:write', unit);
}

/** An initiative belongs to all its authors: changing it needs every author (and its unit) in scope. */
/** The initiative to change, in a transaction: the role first, then its authors' scope. */
export async function loadForWrite(tx: Tx, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:write');
  const row = await findInitiative(tx, ctx.actor.tenantId, id);
  if (!row) throw new AppError('RECORD_NOT_FOUND');
  await authorizePeople(
    tx,
    ctx,
    row.authors.map((a) => a.personId),
    'record:write',
  );
  await authorizeUnit(tx, ctx, row.unitId);
  return row;
}

/**
 * One initiative with all its authors, for the edit form. Anyone who may read the record of
 * one of its authors (or of its unit) sees it there already, so may read it whole.
 */
export async function getInitiative(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:read');
  const tenantId = ctx.actor.tenantId;
  const row = await findInitiative(db, tenantId, id);
  if (!row) throw new AppError('RECORD_NOT_FOUND');
  // One author after another: `db` may be a transaction's single client (pg 9 refuses concurrent queries).
  const authorPaths: (string | undefined)[] = [];
  for (const a of row.authors) authorPaths.push((await findPerson(db, tenantId, a.personId))?.unitPath);
  const unitPath = row.unitId ? (await findUnit(db, tenantId, row.unitId))?.path : undefined;
  const readable = [...authorPaths, unitPath].some(
    (path) => path !== undefined && decide(ctx.actor, 'record:read', { tenantId, unitPath: path }).allowed,
  );
  if (!readable) throw new AppError('FORBIDDEN');
  return present(row);
}

export async function createInitiative(db: Db, ctx: RequestContext, input: CreateInitiativeInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    await authorizePeople(
      tx,
      ctx,
      input.authors.map((a) => a.personId),
      'record:write',
    );
    await authorizeUnit(tx, ctx, input.unitId);
    const { authors, ...fields } = input;
    const id = newId();
    await insertInitiative(tx, {
      tenantId: ctx.actor.tenantId,
      id,
      ...fields,
      unitId: fields.unitId ?? null,
      appliedOn: fields.appliedOn ?? null,
      recognizedBy: fields.recognizedBy ?? null,
      decisionNumber: fields.decisionNumber ?? null,
      decisionDate: fields.decisionDate ?? null,
      version: 1,
    });
    await replaceAuthors(tx, ctx.actor.tenantId, id, authors);
    const after = present((await findInitiative(tx, ctx.actor.tenantId, id)) as Loaded);
    await appendAudit(tx, { ...auditBase(ctx, 'initiative', id), action: 'initiative.create', after });
    return after;
  });
}

export async function updateInitiative(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateInitiativeInput,
) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, id);
    const { version, authors, ...fields } = input;
    if (authors) {
      await authorizePeople(
        tx,
        ctx,
        authors.map((a) => a.personId),
        'record:write',
      );
    }
    if (fields.unitId !== undefined) await authorizeUnit(tx, ctx, fields.unitId);
    const ok = await updateInitiativeRow(tx, ctx.actor.tenantId, id, version, fields);
    if (!ok) throw new AppError('VERSION_CONFLICT');
    if (authors) await replaceAuthors(tx, ctx.actor.tenantId, id, authors);
    const after = present((await findInitiative(tx, ctx.actor.tenantId, id)) as Loaded);
    await appendAudit(tx, {
      ...auditBase(ctx, 'initiative', id),
      action: 'initiative.update',
      before: present(before),
      after,
    });
    return after;
  });
}

export async function deleteInitiative(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, id);
    await deleteInitiativeRow(tx, ctx.actor.tenantId, id);
    await appendAudit(tx, {
      ...auditBase(ctx, 'initiative', id),
      action: 'initiative.delete',
      before: present(before),
    });
    return { id };
  });
}
