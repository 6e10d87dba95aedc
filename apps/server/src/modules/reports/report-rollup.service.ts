import { BUILT_IN_DEFINITIONS, formCodeOf } from '@vinhdanh/domain/reports/report-catalogue';
import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { reportRollupEntry } from '../../db/schema/index';
import { requireAccess, TENANT_ROOT } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError, type ErrorCode } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  type ReportSnapshotDocument,
  reportSnapshotDocument,
  verifySnapshotDocument,
} from './report-snapshot.format';
import { findTenant } from './report-snapshots.repository';
import type { RollupImportInput, RollupOutput, RollupQuery } from './report-snapshots.schemas';

// A ministry or the national body receives the frozen JSON reports of the provinces (or
// ministries) below it, from their own deployments, and adds them up. Nothing here reads the
// senders' records: the file is the report.

type Received = { name: string; doc: ReportSnapshotDocument };
type Outcome = 'CREATED' | 'UNCHANGED' | 'REPLACED';

const refuse = (code: ErrorCode, name: string, message: string): never => {
  throw new AppError(code, [{ path: name, message }]);
};

/**
 * The receiving side: an administrator of a ministry or national tenant, at its root (the caller's
 * requireAccess with TENANT_ROOT has decided the root; this checks the tenant's kind).
 */
async function assertReceiver(db: Db, ctx: RequestContext) {
  const self = await findTenant(db, ctx.actor.tenantId);
  if (!self || self.kind === 'PROVINCE') throw new AppError('REPORT_ROLLUP_NOT_RECEIVER');
  return self;
}

/** Parses, validates and checks one file; throws with the file's name in the details. */
function readFile(file: { name: string; content: string }, ownCode: string): Received {
  let json: unknown;
  try {
    json = JSON.parse(file.content);
  } catch {
    return refuse('REPORT_IMPORT_MALFORMED', file.name, `${file.name}: không đọc được nội dung JSON`);
  }
  const parsed = reportSnapshotDocument.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join('.') || '(gốc)';
    return refuse(
      'REPORT_IMPORT_INVALID',
      file.name,
      `${file.name}: trường ${where} — ${issue?.message ?? ''}`,
    );
  }
  const doc = parsed.data;
  if (!verifySnapshotDocument(doc))
    refuse('REPORT_IMPORT_HASH_MISMATCH', file.name, `${file.name}: mã băm không khớp nội dung`);
  const def = BUILT_IN_DEFINITIONS.find(
    (d) => formCodeOf(d) === doc.report.formCode && d.version === doc.report.version,
  );
  const rowCodes = new Set(def?.rows.filter((r) => !r.isHeading).map((r) => r.code));
  const colCodes = new Set(def?.columns.map((c) => c.code));
  const fits = Object.entries(doc.report.cells).every(
    ([r, cols]) => rowCodes.has(r) && Object.keys(cols).every((c) => colCodes.has(c)),
  );
  if (!def || !fits)
    refuse(
      'REPORT_IMPORT_UNKNOWN_FORM',
      file.name,
      `${file.name}: biểu ${doc.report.formCode}, phiên bản ${doc.report.version}`,
    );
  if (!doc.report.scope.isWholeTenant)
    refuse('REPORT_IMPORT_PARTIAL_SCOPE', file.name, `${file.name}: ${doc.report.scope.unitName}`);
  if (doc.sender.code === ownCode) refuse('REPORT_IMPORT_OWN_TENANT', file.name, file.name);
  return { name: file.name, doc };
}

/**
 * Imports the provinces' JSON reports. Every file is checked before anything is written, so one
 * bad file leaves the roll-up as it was. The same report again changes nothing; a later freeze
 * of the same sender, form and year replaces the earlier one; an earlier one is refused.
 */
export async function importRollupReports(db: Db, ctx: RequestContext, input: RollupImportInput) {
  await requireAccess(db, ctx, 'report:manage', TENANT_ROOT);
  const self = await assertReceiver(db, ctx);
  const received = input.files
    .map((f) => readFile(f, self.code))
    // Oldest first, so a batch holding two revisions of one report ends on the newer.
    .sort((a, b) => freezeOrder(a.doc.frozenAt, a.doc.revision, b.doc.frozenAt, b.doc.revision));
  return db.transaction(async (tx) => {
    const results = [];
    for (const r of received) results.push({ ...summary(r), outcome: await upsertEntry(tx, ctx, r) });
    return { results };
  });
}

/** Which freeze is later: by time, then by revision (two freezes within one millisecond). */
function freezeOrder(atA: string, revA: number, atB: string, revB: number): number {
  return Date.parse(atA) - Date.parse(atB) || revA - revB;
}

const summary = ({ name, doc }: Received) => ({
  name,
  senderCode: doc.sender.code,
  senderName: doc.sender.name,
  formCode: doc.report.formCode,
  year: doc.report.year,
  revision: doc.revision,
});

async function upsertEntry(tx: Tx, ctx: RequestContext, { name, doc }: Received): Promise<Outcome> {
  const tenantId = ctx.actor.tenantId;
  const key = and(
    eq(reportRollupEntry.tenantId, tenantId),
    eq(reportRollupEntry.senderCode, doc.sender.code),
    eq(reportRollupEntry.formCode, doc.report.formCode),
    eq(reportRollupEntry.year, doc.report.year),
  );
  const [existing] = await tx.select().from(reportRollupEntry).where(key).for('update');
  if (existing?.contentHash === doc.contentHash) return 'UNCHANGED';
  const values = {
    senderName: doc.sender.name,
    version: doc.report.version,
    revision: doc.revision,
    frozenAt: new Date(doc.frozenAt),
    document: doc,
    contentHash: doc.contentHash,
    importedBy: ctx.actor.userId,
    importedAt: new Date(),
  };
  if (
    existing &&
    freezeOrder(existing.frozenAt.toISOString(), existing.revision, doc.frozenAt, doc.revision) >= 0
  )
    refuse(
      'REPORT_IMPORT_OLDER',
      name,
      `${name}: đã có bản chốt lần ${existing.revision} của ${existing.senderName} (mới hơn bản lần ${doc.revision})`,
    );
  const id = existing?.id ?? newId();
  if (existing) await tx.update(reportRollupEntry).set(values).where(key);
  else
    await tx
      .insert(reportRollupEntry)
      .values({
        tenantId,
        id,
        senderCode: doc.sender.code,
        formCode: doc.report.formCode,
        year: doc.report.year,
        ...values,
      })
      .catch(rethrowUnique('VERSION_CONFLICT'));
  await appendAudit(tx, {
    tenantId,
    actorId: ctx.actor.userId,
    action: 'report.rollupImport',
    entityType: 'report_rollup_entry',
    entityId: id,
    before: existing ? { revision: existing.revision, contentHash: existing.contentHash } : null,
    after: {
      sender: doc.sender.code,
      formCode: doc.report.formCode,
      year: doc.report.year,
      revision: doc.revision,
      contentHash: doc.contentHash,
    },
    requestId: ctx.requestId,
  });
  return existing ? 'REPLACED' : 'CREATED';
}

/** The sum of the received reports for a form and year, with each sender's figures beside it. */
export async function getRollup(db: Db, ctx: RequestContext, query: RollupQuery): Promise<RollupOutput> {
  await requireAccess(db, ctx, 'report:read', TENANT_ROOT);
  await assertReceiver(db, ctx);
  const entries = await db
    .select()
    .from(reportRollupEntry)
    .where(
      and(
        eq(reportRollupEntry.tenantId, ctx.actor.tenantId),
        eq(reportRollupEntry.formCode, query.form),
        eq(reportRollupEntry.year, query.year),
      ),
    )
    .orderBy(asc(reportRollupEntry.senderName));
  const groups = new Map<string, RollupOutput['groups'][number]>();
  for (const e of entries) {
    const doc = e.document as ReportSnapshotDocument;
    let g = groups.get(e.version);
    if (!g) {
      g = {
        version: e.version,
        form: doc.report.form,
        title: doc.report.title,
        rows: doc.report.rows.map((l) => ({ ...l, groups: [...l.groups] })),
        columns: doc.report.columns.map((l) => ({ ...l, groups: [...l.groups] })),
        total: {},
        senders: [],
      };
      groups.set(e.version, g);
    }
    for (const [row, cols] of Object.entries(doc.report.cells)) {
      const sum = g.total[row] ?? {};
      g.total[row] = sum;
      for (const [col, n] of Object.entries(cols)) sum[col] = (sum[col] ?? 0) + n;
    }
    g.senders.push({
      code: doc.sender.code,
      name: doc.sender.name,
      revision: doc.revision,
      frozenOn: doc.frozenOn,
      signerName: doc.signer.fullName,
      signerPosition: doc.signer.positionTitle,
      contentHash: doc.contentHash,
      importedAt: e.importedAt.toISOString(),
      cells: doc.report.cells,
    });
  }
  return { formCode: query.form, year: query.year, groups: [...groups.values()] };
}
