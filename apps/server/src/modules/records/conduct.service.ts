import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  type DisciplineRow,
  deleteDisciplineRow,
  deleteHoldRow,
  findDiscipline,
  findHold,
  type HoldRow,
  insertDiscipline,
  insertHold,
  updateDisciplineRow,
  updateHoldRow,
} from './conduct.repository';
import type {
  CloseHoldInput,
  CreateDisciplineInput,
  OpenHoldInput,
  UpdateDisciplineInput,
  UpdateHoldInput,
} from './conduct.schemas';
import { authorizeSubject } from './record-access';
import { auditBase } from './subject';

const presentDiscipline = ({ tenantId: _, ...d }: DisciplineRow) => d;
const presentHold = ({ tenantId: _, ...h }: HoldRow) => h;

async function disciplineForWrite(tx: Tx, ctx: RequestContext, id: string) {
  const row = await findDiscipline(tx, ctx.actor.tenantId, id);
  if (!row) throw new AppError('RECORD_NOT_FOUND');
  await authorizeSubject(tx, ctx, row.subjectId, 'record:write');
  return row;
}

async function holdForWrite(tx: Tx, ctx: RequestContext, id: string) {
  const row = await findHold(tx, ctx.actor.tenantId, id);
  if (!row) throw new AppError('RECORD_NOT_FOUND');
  await authorizeSubject(tx, ctx, row.subjectId, 'record:write');
  return row;
}

export async function createDiscipline(db: Db, ctx: RequestContext, input: CreateDisciplineInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    await authorizeSubject(tx, ctx, input.subjectId, 'record:write');
    const row: DisciplineRow = {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      subjectId: input.subjectId,
      form: input.form,
      fromDate: input.fromDate,
      toDate: input.toDate ?? null,
      decisionNumber: input.decisionNumber ?? null,
      version: 1,
    };
    await insertDiscipline(tx, row);
    await appendAudit(tx, {
      ...auditBase(ctx, 'discipline', row.id),
      action: 'discipline.create',
      after: presentDiscipline(row),
    });
    return presentDiscipline(row);
  });
}

export async function updateDiscipline(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateDisciplineInput,
) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await disciplineForWrite(tx, ctx, id);
    const { version, ...fields } = input;
    const merged = { ...before, ...fields };
    if (merged.toDate && merged.toDate < merged.fromDate) {
      throw new AppError('INVALID_INPUT', [
        { path: 'toDate', message: 'Ngày kết thúc phải sau ngày bắt đầu' },
      ]);
    }
    const after = await updateDisciplineRow(tx, ctx.actor.tenantId, id, version, fields);
    if (!after) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      ...auditBase(ctx, 'discipline', id),
      action: 'discipline.update',
      before: presentDiscipline(before),
      after: presentDiscipline(after),
    });
    return presentDiscipline(after);
  });
}

export async function deleteDiscipline(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await disciplineForWrite(tx, ctx, id);
    await deleteDisciplineRow(tx, ctx.actor.tenantId, id);
    await appendAudit(tx, {
      ...auditBase(ctx, 'discipline', id),
      action: 'discipline.delete',
      before: presentDiscipline(before),
    });
    return { id };
  });
}

/** An open hold stops proposals for the subject until it is closed (ND 152 principle). */
export async function openHold(db: Db, ctx: RequestContext, input: OpenHoldInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    await authorizeSubject(tx, ctx, input.subjectId, 'record:write');
    const row: HoldRow = {
      tenantId: ctx.actor.tenantId,
      id: newId(),
      subjectId: input.subjectId,
      reason: input.reason,
      fromDate: input.fromDate,
      toDate: null,
      note: input.note ?? null,
      closedReason: null,
      version: 1,
    };
    await insertHold(tx, row);
    await appendAudit(tx, {
      ...auditBase(ctx, 'hold', row.id),
      action: 'hold.open',
      after: presentHold(row),
    });
    return presentHold(row);
  });
}

export async function closeHold(db: Db, ctx: RequestContext, id: string, input: CloseHoldInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await holdForWrite(tx, ctx, id);
    if (before.toDate !== null) throw new AppError('HOLD_ALREADY_CLOSED');
    if (input.toDate < before.fromDate) {
      throw new AppError('INVALID_INPUT', [{ path: 'toDate', message: 'Ngày đóng phải sau ngày mở' }]);
    }
    // Closing bumps the version too, so an edit made from the open hold conflicts.
    const after = await updateHoldRow(tx, ctx.actor.tenantId, id, before.version, {
      toDate: input.toDate,
      closedReason: input.closedReason,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      ...auditBase(ctx, 'hold', id),
      action: 'hold.close',
      before: presentHold(before),
      after: presentHold(after),
    });
    return presentHold(after);
  });
}

/** Corrects what was entered on opening (reason, start, note); closing stays its own command. */
export async function updateHold(db: Db, ctx: RequestContext, id: string, input: UpdateHoldInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await holdForWrite(tx, ctx, id);
    const { version, ...fields } = input;
    if (fields.fromDate && before.toDate && before.toDate < fields.fromDate) {
      throw new AppError('INVALID_INPUT', [{ path: 'fromDate', message: 'Ngày mở phải trước ngày đóng' }]);
    }
    const after = await updateHoldRow(tx, ctx.actor.tenantId, id, version, fields);
    if (!after) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      ...auditBase(ctx, 'hold', id),
      action: 'hold.update',
      before: presentHold(before),
      after: presentHold(after),
    });
    return presentHold(after);
  });
}

export async function deleteHold(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const before = await holdForWrite(tx, ctx, id);
    await deleteHoldRow(tx, ctx.actor.tenantId, id);
    await appendAudit(tx, {
      ...auditBase(ctx, 'hold', id),
      action: 'hold.delete',
      before: presentHold(before),
    });
    return { id };
  });
}
