import { hasPermission } from '@vinhdanh/domain/auth/policy';
import type { Db } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { appendAudit } from '../../platform/audit/append-audit';
import { findUnit, listUnitsUnder } from '../org-units/index';
import { codeListsFor } from './award-codes';
import type { FieldValue } from './import-kind';
import { buildKindWorkbook } from './import-workbook';
import { exportAwardRows, exportPeopleRows } from './imports-export.repository';

export const EXPORT_KINDS = ['people', 'awards'] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

/**
 * A list in the template's own columns, so it can be edited and imported back.
 * Citizen ID and birth date are what re-import matches people by: they are
 * included only for actors allowed to see them, and that read is audited.
 */
export async function exportForImport(
  db: Db,
  ctx: RequestContext,
  kind: ExportKind,
  unitId: string | undefined,
): Promise<Buffer> {
  authorize(ctx.actor, 'person:export');
  let prefix = ctx.actor.scopePath;
  if (unitId) {
    const unit = await findUnit(db, ctx.actor.tenantId, unitId);
    if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
    authorize(ctx.actor, 'person:export', unit);
    prefix = unit.path;
  }
  const rows: Record<string, FieldValue>[] =
    kind === 'people'
      ? await exportPeopleRows(db, ctx.actor.tenantId, prefix)
      : await exportAwardRows(db, ctx.actor.tenantId, prefix);
  const sensitive = hasPermission(ctx.actor, 'person:readSensitive');
  if (sensitive) {
    await appendAudit(db, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'import.exportSensitive',
      entityType: 'org_unit',
      entityId: unitId ?? null,
      after: { kind, rows: rows.length },
      requestId: ctx.requestId,
    });
  } else {
    for (const row of rows) {
      row.citizenId = null;
      row.birthDate = null;
    }
  }
  const units = await listUnitsUnder(db, ctx.actor.tenantId, ctx.actor.scopePath);
  return buildKindWorkbook(
    kind,
    units.filter((u) => u.status === 'ACTIVE').map((u) => ({ code: u.code, name: u.name })),
    rows,
    await codeListsFor(db, ctx.actor.tenantId, kind),
  );
}
