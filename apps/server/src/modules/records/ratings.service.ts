import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  deleteRatingRow,
  findRating,
  insertRating,
  type RatingRow,
  updateRatingRow,
} from './ratings.repository';
import type { CreateRatingInput, UpdateRatingInput } from './ratings.schemas';
import { authorizeSubject } from './record-access';
import { auditBase } from './subject';

const present = (r: RatingRow) => ({
  id: r.id,
  subjectType: r.subjectType,
  subjectId: r.subjectId,
  year: r.year,
  rating: r.rating,
  sourceDoc: r.sourceDoc,
  version: r.version,
});

async function loadForWrite(tx: Tx, ctx: RequestContext, id: string) {
  const row = await findRating(tx, ctx.actor.tenantId, id);
  if (!row) throw new AppError('RECORD_NOT_FOUND');
  await authorizeSubject(tx, ctx, row.subjectId, 'record:write');
  return row;
}

export async function createRating(db: Db, ctx: RequestContext, input: CreateRatingInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const subject = await authorizeSubject(tx, ctx, input.subjectId, 'record:write');
    const row: RatingRow = {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      subjectType: subject.type,
      subjectId: subject.id,
      year: input.year,
      rating: input.rating,
      sourceDoc: input.sourceDoc ?? null,
      version: 1,
    };
    await insertRating(tx, row).catch(rethrowUnique('DUPLICATE_RATING'));
    await appendAudit(tx, {
      ...auditBase(ctx, 'annualRating', row.id),
      action: 'rating.create',
      after: present(row),
    });
    return present(row);
  });
}

export async function updateRating(db: Db, ctx: RequestContext, id: string, input: UpdateRatingInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, id);
    const fields = {
      ...(input.rating ? { rating: input.rating } : {}),
      ...(input.sourceDoc !== undefined ? { sourceDoc: input.sourceDoc } : {}),
    };
    const after = await updateRatingRow(tx, ctx.actor.tenantId, id, input.version, fields);
    if (!after) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      ...auditBase(ctx, 'annualRating', id),
      action: 'rating.update',
      before: present(before),
      after: present(after),
    });
    return present(after);
  });
}

export async function deleteRating(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await loadForWrite(tx, ctx, id);
    await deleteRatingRow(tx, ctx.actor.tenantId, id);
    await appendAudit(tx, {
      ...auditBase(ctx, 'annualRating', id),
      action: 'rating.delete',
      before: present(before),
    });
    return { id };
  });
}
