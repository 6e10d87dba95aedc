import { formatLongDate } from '@vinhdanh/domain/text/vietnamese-date';
import { sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { systemClock, todayVn } from '../../platform/clock';
import { fileBase } from './report-layout';
import { isTenantRoot, reportScopeRef } from './report-scope';
import {
  hashSnapshotContent,
  REPORT_SNAPSHOT_FORMAT,
  type ReportSnapshotContent,
  type ReportSnapshotDocument,
} from './report-snapshot.format';
import {
  findSigners,
  findSnapshot,
  findTenant,
  findUserName,
  insertSnapshot,
  listSnapshots,
  nextRevision,
} from './report-snapshots.repository';
import type { FreezeInput, SnapshotListQuery } from './report-snapshots.schemas';
import { renderFormXlsx } from './report-xlsx';
import type { FormOutput } from './reports.schemas';
import { getStatisticalForm } from './reports.service';

/** Leaders who may sign a report of the unit (default: the actor's scope). */
export async function listReportSigners(db: Db, ctx: RequestContext, unitId: string | undefined) {
  const scope = await requireAccess(db, ctx, 'report:freeze', reportScopeRef(unitId));
  return { items: await findSigners(db, ctx.actor.tenantId, scope.path) };
}

/**
 * Freezes (chốt) a statistical form: computes it now and stores the figures with the signer and
 * the date, hashed. Later changes to the records never reach a frozen report; freezing again makes
 * the next revision, which supersedes this one where it has been sent.
 */
export async function freezeReport(db: Db, ctx: RequestContext, input: FreezeInput) {
  const scope = await requireAccess(db, ctx, 'report:freeze', reportScopeRef(input.unitId));
  const today = todayVn(systemClock);
  // The date printed above the signature: the day the leader signs, which may be before the day
  // the officer freezes in the system, but never before the period starts nor after today.
  const signedOn = input.signedOn ?? today;
  if (signedOn < `${input.year}-01-01` || signedOn > today)
    throw new AppError('REPORT_SIGNED_ON_INVALID', [
      { path: 'signedOn', message: `Ngày ký phải từ 01/01/${input.year} đến hôm nay` },
    ]);
  const [signer] = await findSigners(db, ctx.actor.tenantId, scope.path, input.signerUserId);
  if (!signer)
    throw new AppError('REPORT_SIGNER_NOT_LEADER', [
      { path: 'signerUserId', message: 'Người được chọn không phải lãnh đạo phụ trách đơn vị báo cáo' },
    ]);
  const form = await getStatisticalForm(db, ctx, {
    form: input.form,
    year: input.year,
    unitId: scope.unitId,
  });
  const sender = await findTenant(db, ctx.actor.tenantId);
  const actor = await findUserName(db, ctx.actor.tenantId, ctx.actor.userId);
  const [unit] = await queryRows<{ code: string }>(
    db,
    sql`SELECT "code" FROM "org_unit" WHERE "tenant_id" = ${ctx.actor.tenantId} AND "id" = ${scope.unitId}`,
  );
  if (!sender || !actor || !unit) throw new AppError('NOT_FOUND');
  const now = systemClock.now();
  return db.transaction(async (tx) => {
    const key = {
      tenantId: ctx.actor.tenantId,
      formCode: form.formCode,
      year: form.year,
      unitId: scope.unitId,
    };
    const revision = await nextRevision(tx, key);
    const content: ReportSnapshotContent = {
      format: REPORT_SNAPSHOT_FORMAT,
      sender,
      report: {
        form: form.form,
        formCode: form.formCode,
        version: form.version,
        title: form.title,
        citation: form.citation,
        dueNote: form.dueNote,
        year: form.year,
        scope: { unitCode: unit.code, unitName: scope.unitName, isWholeTenant: isTenantRoot(ctx, scope) },
        rows: form.rows,
        columns: form.columns,
        cells: form.cells,
      },
      revision,
      frozenAt: now.toISOString(),
      frozenOn: signedOn,
      frozenBy: { fullName: actor.fullName, positionTitle: actor.positionTitle },
      signer: { fullName: signer.fullName, positionTitle: signer.positionTitle },
    };
    const id = newId();
    const contentHash = hashSnapshotContent(content);
    await insertSnapshot(tx, {
      tenantId: ctx.actor.tenantId,
      id,
      formCode: form.formCode,
      version: form.version,
      year: form.year,
      scopeUnitId: scope.unitId,
      revision,
      content,
      contentHash,
      signerUserId: signer.id,
      frozenBy: ctx.actor.userId,
      frozenOn: content.frozenOn,
      frozenAt: now,
    }).catch(rethrowUnique('REPORT_SNAPSHOT_CONFLICT'));
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'report.freeze',
      entityType: 'report_snapshot',
      entityId: id,
      before: null,
      after: { formCode: form.formCode, year: form.year, unitId: scope.unitId, revision, contentHash },
      requestId: ctx.requestId,
    });
    return {
      id,
      formCode: form.formCode,
      version: form.version,
      year: form.year,
      revision,
      unitId: scope.unitId,
      unitName: scope.unitName,
      contentHash,
      frozenOn: content.frozenOn,
      frozenAt: content.frozenAt,
      signerName: signer.fullName,
      signerPosition: signer.positionTitle,
      frozenByName: actor.fullName,
    };
  });
}

/** Frozen reports of the reader's subtree (or a unit inside it), newest first. */
export async function listReportSnapshots(db: Db, ctx: RequestContext, query: SnapshotListQuery) {
  const scope = await requireAccess(db, ctx, 'report:read', reportScopeRef(query.unitId));
  return {
    items: await listSnapshots(db, ctx.actor.tenantId, scope.path, {
      formCode: query.form,
      year: query.year,
    }),
  };
}

/** The frozen report as its JSON document, after checking it is still what was hashed. */
export async function getSnapshotDocument(
  db: Db,
  ctx: RequestContext,
  id: string,
): Promise<ReportSnapshotDocument> {
  authorize(ctx.actor, 'report:read');
  const row = await findSnapshot(db, ctx.actor.tenantId, id);
  if (!row) throw new AppError('REPORT_SNAPSHOT_NOT_FOUND');
  const [unit] = await queryRows<{ path: string }>(
    db,
    sql`SELECT "path" FROM "org_unit" WHERE "tenant_id" = ${row.tenantId} AND "id" = ${row.scopeUnitId}`,
  );
  authorize(ctx.actor, 'report:read', { tenantId: row.tenantId, path: unit?.path ?? '' });
  const content = row.content as ReportSnapshotContent;
  // A stored snapshot whose figures no longer match its hash was altered outside the application.
  if (hashSnapshotContent(content) !== row.contentHash) throw new AppError('INTERNAL');
  return { ...content, contentHash: row.contentHash };
}

/** A frozen report as the printed form, as the live form would print with its signature block filled. */
export function formOfSnapshot(doc: ReportSnapshotContent): FormOutput {
  const r = doc.report;
  return {
    form: r.form,
    formCode: r.formCode,
    version: r.version,
    title: r.title,
    citation: r.citation,
    dueNote: r.dueNote,
    year: r.year,
    unitId: '',
    unitName: r.scope.unitName,
    tenantName: doc.sender.name,
    rows: r.rows.map((l) => ({ ...l, groups: [...l.groups] })),
    columns: r.columns.map((l) => ({ ...l, groups: [...l.groups] })),
    cells: r.cells,
  };
}

export async function renderSnapshotXlsx(doc: ReportSnapshotDocument) {
  const form = formOfSnapshot(doc);
  return renderFormXlsx(form, {
    right: [
      `…, ${formatLongDate(doc.frozenOn)}`,
      (doc.signer.positionTitle ?? 'Thủ trưởng đơn vị').toUpperCase(),
      '(Ký, họ tên, đóng dấu)',
      '',
      doc.signer.fullName,
    ],
    fileName: `${fileBase(form)}-ban-chot-${doc.revision}`,
  });
}

export const snapshotFileName = (doc: ReportSnapshotDocument) =>
  `${fileBase(formOfSnapshot(doc))}-ban-chot-${doc.revision}.json`;
