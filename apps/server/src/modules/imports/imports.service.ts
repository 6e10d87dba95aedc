import { createHash } from 'node:crypto';
import type { Db, Tx } from '../../db/client';
import type { importJob } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { listUnitsUnder } from '../org-units/index';
import { codeListsFor } from './award-codes';
import { MAX_UPLOAD_BYTES } from './file-check';
import type { ImportKind } from './import-kind';
import { type Confirmations, ImportPlanner } from './import-plan';
import { buildKindWorkbook } from './import-workbook';
import { applyWrites, countWrites, emptyWrites, type Writes } from './import-writes';
import { findJob, insertJob, markCommitted } from './imports.repository';
import type { CommitImportInput, ImportJobOutput, ImportReport, UploadImportInput } from './imports.schemas';
import { oneImportPerUser, parseUploadInWorker } from './parse-in-worker';
import type { ParsedLine } from './parse-sheet';

export { WEB_MAX_ROWS } from './parse-upload';

export async function buildTemplate(db: Db, ctx: RequestContext, kind: ImportKind): Promise<Buffer> {
  authorize(ctx.actor, 'import:run');
  const units = await listUnitsUnder(db, ctx.actor.tenantId, ctx.actor.scopePath);
  return buildKindWorkbook(
    kind,
    units.filter((u) => u.status === 'ACTIVE').map((u) => ({ code: u.code, name: u.name })),
    [],
    await codeListsFor(db, ctx.actor.tenantId, kind),
  );
}

function reportOf(planner: ImportPlanner, writes: Writes): ImportReport {
  return {
    problems: [...planner.problems].sort((a, b) => a.row - b.row),
    problemCount: planner.problemCount,
    matches: [...planner.matches.values()],
    counts: {
      rows: planner.rows,
      errorRows: planner.errorRows,
      pending: planner.pending,
      unchanged: planner.unchanged,
      create: countWrites(writes),
    },
  };
}

function merge(into: Writes, from: Writes): Writes {
  for (const key of Object.keys(into) as (keyof Writes)[]) into[key].push(...from[key]);
  return into;
}

async function plan(
  db: Db | Tx,
  ctx: RequestContext,
  kind: ImportKind,
  lines: ParsedLine[],
  confirmations?: Confirmations,
) {
  const planner = await new ImportPlanner(db, ctx.actor, kind, confirmations).init();
  const writes = merge(emptyWrites(), await planner.planBatch(lines));
  merge(writes, await planner.finish());
  return { planner, writes };
}

function presentJob(row: typeof importJob.$inferSelect): ImportJobOutput {
  return {
    id: row.id,
    kind: row.kind,
    fileName: row.fileName,
    status: row.status,
    totalRows: row.totalRows,
    errorRows: row.errorRows,
    createdAt: row.createdAt.toISOString(),
    committedAt: row.committedAt?.toISOString() ?? null,
    report: row.report as ImportReport,
  };
}

/** Upload + dry run: checks the file, plans every row, stores the report; writes no records. */
export async function dryRunImport(
  db: Db,
  ctx: RequestContext,
  input: UploadImportInput,
): Promise<ImportJobOutput> {
  authorize(ctx.actor, 'import:run');
  const bytes = Buffer.from(input.contentBase64, 'base64');
  if (bytes.length > MAX_UPLOAD_BYTES) throw new AppError('IMPORT_FILE_TOO_LARGE');
  return oneImportPerUser(ctx.actor.userId, () => dryRunParsed(db, ctx, input, bytes));
}

async function dryRunParsed(db: Db, ctx: RequestContext, input: UploadImportInput, bytes: Buffer) {
  const lines = await parseUploadInWorker(input.kind, input.fileName, bytes);
  const { planner, writes } = await plan(db, ctx, input.kind, lines);
  const id = newId();
  await insertJob(db, {
    tenantId: ctx.actor.tenantId,
    id,
    kind: input.kind,
    fileName: input.fileName,
    fileSha256: createHash('sha256').update(bytes).digest('hex'),
    totalRows: planner.rows,
    errorRows: planner.errorRows,
    report: reportOf(planner, writes),
    rows: lines,
    createdBy: ctx.actor.userId,
  });
  return getImport(db, ctx, id);
}

async function loadOwnJob(db: Db | Tx, ctx: RequestContext, id: string) {
  const job = await findJob(db, ctx.actor.tenantId, id);
  // A job holds names from its author's scope: only its author sees it.
  if (!job || job.createdBy !== ctx.actor.userId) throw new AppError('IMPORT_NOT_FOUND');
  return job;
}

export async function getImport(db: Db, ctx: RequestContext, id: string): Promise<ImportJobOutput> {
  authorize(ctx.actor, 'import:run');
  return presentJob(await loadOwnJob(db, ctx, id));
}

/**
 * Commit: re-plans the stored rows inside one transaction against the database
 * as it is now, then writes everything or nothing. Natural keys make a second
 * commit of the same file write nothing.
 */
export async function commitImport(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: CommitImportInput,
): Promise<ImportJobOutput> {
  authorize(ctx.actor, 'import:run');
  const confirmations: Confirmations = new Map(input.confirmations.map((c) => [c.key, c.choice]));
  await db.transaction(async (tx) => {
    const job = await loadOwnJob(tx, ctx, id);
    if (job.status !== 'DRY_RUN') throw new AppError('IMPORT_ALREADY_COMMITTED');
    const { planner, writes } = await plan(tx, ctx, job.kind, job.rows as ParsedLine[], confirmations);
    if (planner.errorRows > 0) {
      throw new AppError(
        'IMPORT_HAS_ERRORS',
        planner.problems
          .slice(0, 50)
          .map((p) => ({ path: `Dòng ${p.row}`, message: `${p.column ?? ''}: ${p.problem}` })),
      );
    }
    if (planner.pending > 0) throw new AppError('IMPORT_NEEDS_CONFIRMATION');
    await applyWrites(tx, writes);
    const report = reportOf(planner, writes);
    if (!(await markCommitted(tx, ctx.actor.tenantId, id, report)))
      throw new AppError('IMPORT_ALREADY_COMMITTED');
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'import.commit',
      entityType: 'import_job',
      entityId: id,
      after: {
        kind: job.kind,
        fileName: job.fileName,
        fileSha256: job.fileSha256,
        counts: report.counts,
        via: 'web',
      },
      requestId: ctx.requestId,
    });
  });
  return getImport(db, ctx, id);
}
