import type { Db } from '../../db/client';
import { registration } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { readXlsxRows, writeXlsx } from '../../lib/xlsx';
import { appendAudit } from '../../platform/audit/append-audit';
import { checkUpload, uploadEndpoint } from '../../platform/upload/index';
import { unitRef } from '../org-units/index';
import { loadTenantRuleSets, requireAward } from '../rule-params/index';
import { movementRef } from './movement-access';
import { findPersonUnit, findUnitsByCodes, listRegistrations } from './registrations.repository';
import type { CreateRegistrationInput, ImportRegistrationsQuery } from './registrations.schemas';

// Đăng ký thi đua is optional since the 2022 law (Đ7): it is kept as workflow and reporting,
// and nothing in eligibility or proposals reads it, so a missing registration never blocks a title.

async function checkMovement(db: Db, ctx: RequestContext, movementId: string | null | undefined) {
  if (!movementId) return;
  await requireAccess(db, ctx, 'movement:read', movementRef(movementId));
}

export async function getRegistrations(
  db: Db,
  ctx: RequestContext,
  filter: { year?: number | undefined; movementId?: string | undefined },
) {
  authorize(ctx.actor, 'movement:read');
  const rows = await listRegistrations(db, ctx.actor.tenantId, ctx.actor.scopePath, filter);
  return rows.map((r) => ({
    id: r.registration.id,
    year: r.registration.year,
    movementId: r.registration.movementId,
    subjectType: r.registration.subjectType,
    unitId: r.registration.unitId,
    unitCode: r.unitCode,
    unitName: r.unitName,
    personId: r.registration.personId,
    personName: r.personName,
    targetAwards: r.registration.targetAwards,
    note: r.registration.note,
  }));
}

export async function createRegistration(db: Db, ctx: RequestContext, input: CreateRegistrationInput) {
  const unit = await requireAccess(db, ctx, 'movement:register', unitRef(input.unitId));
  if (input.personId) {
    const p = await findPersonUnit(db, ctx.actor.tenantId, input.personId);
    if (!p?.path.startsWith(unit.path)) throw new AppError('PERSON_NOT_FOUND');
  }
  await checkMovement(db, ctx, input.movementId);
  // A pledge names titles the engine judges: the law's and the province's own in force that year.
  const catalogue = (await loadTenantRuleSets(db, ctx.actor.tenantId)).names(`${input.year}-12-31`);
  for (const [i, code] of input.targetAwards.entries())
    requireAward(catalogue, code, `targetAwards.${i}`, { proposable: true });
  const row = {
    tenantId: ctx.actor.tenantId,
    id: newId(),
    year: input.year,
    movementId: input.movementId ?? null,
    subjectType: input.personId ? ('PERSON' as const) : ('COLLECTIVE' as const),
    unitId: unit.id,
    personId: input.personId ?? null,
    targetAwards: [...new Set(input.targetAwards)],
    note: input.note ?? null,
  };
  await db.transaction(async (tx) => {
    await tx.insert(registration).values(row);
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: ctx.actor.userId,
      action: 'registration.create',
      entityType: 'registration',
      entityId: row.id,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return { ...row, unitName: unit.name, personName: null };
}

const HEADERS = ['Mã đơn vị', 'Tên đơn vị', 'Cá nhân', 'Danh hiệu đăng ký', 'Ghi chú'] as const;

export async function exportRegistrations(
  db: Db,
  ctx: RequestContext,
  filter: { year?: number | undefined; movementId?: string | undefined },
) {
  authorize(ctx.actor, 'movement:read');
  const rows = await getRegistrations(db, ctx, filter);
  return writeXlsx(
    'Đăng ký thi đua',
    [
      { header: HEADERS[0], value: (r) => r.unitCode },
      { header: HEADERS[1], width: 40, value: (r) => r.unitName },
      { header: HEADERS[2], width: 28, value: (r) => r.personName },
      { header: HEADERS[3], width: 30, value: (r) => r.targetAwards.join(', ') },
      { header: HEADERS[4], width: 30, value: (r) => r.note },
    ],
    rows,
  );
}

const cell = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());

/** The registrations workbook: only an .xlsx (the exported layout), checked by its content. */
export const REGISTRATIONS_UPLOAD = uploadEndpoint('/registrations/import', 5 * 1024 * 1024, ['xlsx']);

/**
 * Imports unit registrations from the exported layout (column A unit code, D award codes
 * separated by commas). All rows are checked first; nothing is written if any row is wrong.
 * Person rows are exported for reading but not imported (a name does not identify a person).
 */
export async function importRegistrations(
  db: Db,
  ctx: RequestContext,
  input: ImportRegistrationsQuery,
  bytes: Uint8Array,
) {
  authorize(ctx.actor, 'movement:register');
  await checkMovement(db, ctx, input.movementId);
  const upload = await checkUpload(REGISTRATIONS_UPLOAD, input.name, bytes);
  let sheet: unknown[][];
  try {
    sheet = await readXlsxRows(Buffer.from(upload.bytes));
  } catch {
    throw new AppError('IMPORT_FILE_MALFORMED');
  }
  const body = sheet.slice(1).filter((r) => r.some((c) => cell(c) !== ''));
  if (body.length > 5000) throw new AppError('IMPORT_TOO_MANY_ROWS');
  const units = await findUnitsByCodes(db, ctx.actor.tenantId, [...new Set(body.map((r) => cell(r[0])))]);
  const errors: { row: number; message: string }[] = [];
  const rows: (typeof registration.$inferInsert)[] = [];
  const catalogue = (await loadTenantRuleSets(db, ctx.actor.tenantId)).names(`${input.year}-12-31`);
  const known = (code: string) => {
    const found = catalogue(code);
    return found?.inForce === true && found.proposable;
  };
  for (const [i, r] of body.entries()) {
    const rowNo = i + 2;
    const fail = (message: string) => errors.push({ row: rowNo, message });
    const unit = units.find((u) => u.code === cell(r[0]));
    if (!unit) {
      fail(`Không tìm thấy đơn vị mã "${cell(r[0])}"`);
      continue;
    }
    if (!unit.path.startsWith(ctx.actor.scopePath)) {
      fail(`Đơn vị "${unit.name}" ngoài phạm vi của bạn`);
      continue;
    }
    const codes = cell(r[3])
      .split(/[,;]\s*/)
      .filter(Boolean);
    const bad = codes.filter((c) => !known(c));
    if (!codes.length || bad.length) {
      fail(`Danh hiệu không hợp lệ: "${bad.join(', ') || '(trống)'}"`);
      continue;
    }
    rows.push({
      tenantId: ctx.actor.tenantId,
      id: newId(),
      year: input.year,
      movementId: input.movementId ?? null,
      subjectType: 'COLLECTIVE',
      unitId: unit.id,
      targetAwards: codes,
      note: cell(r[4]) || null,
    });
  }
  if (errors.length) return { created: 0, errors };
  await db.transaction(async (tx) => {
    if (rows.length) await tx.insert(registration).values(rows);
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'registration.import',
      entityType: 'registration',
      after: { year: input.year, movementId: input.movementId ?? null, created: rows.length },
      requestId: ctx.requestId,
    });
  });
  return { created: rows.length, errors };
}
