import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Actor } from '@vinhdanh/domain/auth/policy';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { fileSource, readZipEntries } from '../../lib/zip-archive';
import { appendAudit } from '../../platform/audit/append-audit';
import type { ImportKind, Problem } from './import-kind';
import { type Confirmations, ImportPlanner } from './import-plan';
import { importStaged, poolOf, STAGED_KINDS } from './import-staged';
import { applyWrites, countWrites, emptyWrites, type Writes } from './import-writes';
import { insertJob } from './imports.repository';
import type { UncertainMatch } from './imports.schemas';
import { type ParsedLine, parseSheetBatches } from './parse-sheet';
import { importReadError } from './parse-upload';
import { streamRowBatches } from './row-source';

const BATCH = 5_000;

/** The CLI acts as the system: tenant-wide scope, no user. */
export function systemActor(tenantId: string): Actor {
  return { userId: 'system', tenantId, roles: ['SYSTEM_ADMIN'], scopePath: '/' };
}

/** The parsed rows of a local .xlsx or .csv file, streamed in batches (one async step per batch). */
async function* fileRows(
  path: string,
  kind: ImportKind,
  limits: ImportLimits = {},
): AsyncGenerator<ParsedLine[]> {
  const isXlsx = /\.xlsx$/i.test(path);
  if (!isXlsx && !/\.csv$/i.test(path)) throw new AppError('IMPORT_FILE_TYPE');
  const source = isXlsx ? await fileSource(path) : null;
  try {
    if (source && !(await readZipEntries(source))) throw new AppError('IMPORT_FILE_TYPE');
    // CSV batches are one read chunk each: 64 KiB (~400 rows) measured faster than 1 MiB, whose
    // batches of thousands of rows lived long enough to be promoted by the garbage collector.
    const rows = source
      ? streamRowBatches({
          format: 'xlsx',
          source,
          maxInflatedBytes: limits.maxInflatedBytes ?? Number.MAX_SAFE_INTEGER,
        })
      : streamRowBatches({ format: 'csv', stream: createReadStream(path, { highWaterMark: 64 * 1024 }) });
    yield* parseSheetBatches(kind, rows, limits.maxRows ? { maxRows: limits.maxRows } : {});
  } catch (error) {
    throw importReadError(error);
  } finally {
    await source?.close();
  }
}

async function* fileLines(
  path: string,
  kind: ImportKind,
  limits?: ImportLimits,
): AsyncGenerator<ParsedLine[]> {
  let batch: ParsedLine[] = [];
  for await (const lines of fileRows(path, kind, limits)) {
    for (const line of lines) {
      batch.push(line);
      if (batch.length === BATCH) {
        yield batch;
        batch = [];
      }
    }
  }
  if (batch.length) yield batch;
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export type FileImportResult = {
  rows: number;
  errorRows: number;
  problems: Problem[];
  matches: UncertainMatch[];
  created: Record<string, number>;
  unchanged: number;
  committed: boolean;
};

export type FileImportOptions = {
  tenantId: string;
  kind: ImportKind;
  path: string;
  isDryRun: boolean;
  /** Answers to uncertain matches (match key → person id, or NEW for the people kind). */
  confirmations?: Confirmations;
  onProgress?: (pass: 1 | 2, rows: number) => void;
  /** The CLI passes the web's limits unless raised by its flags; none when absent. */
  limits?: ImportLimits;
};

export type ImportLimits = { maxRows?: number; maxInflatedBytes?: number };

type Job = Omit<Parameters<typeof insertJob>[1], 'id' | 'status' | 'report'>;

async function jobOf(options: FileImportOptions, totalRows: number, errorRows: number): Promise<Job> {
  return {
    tenantId: options.tenantId,
    kind: options.kind,
    fileName: options.path.split('/').pop() ?? options.path,
    fileSha256: await sha256Of(options.path),
    totalRows,
    errorRows,
    // Millions of rows stay in the file; the job keeps the report only.
    rows: [],
    createdBy: null,
  };
}

/** The COMMITTED job and its one audit event (system actor), inside the import transaction. */
async function recordCommit(tx: Db | Tx, job: Job, result: FileImportResult): Promise<void> {
  const id = newId();
  const counts = { rows: result.rows, unchanged: result.unchanged, create: result.created };
  await insertJob(tx, {
    ...job,
    id,
    status: 'COMMITTED',
    committedAt: new Date(),
    report: { problems: [], matches: [], counts },
  });
  await appendAudit(tx, {
    tenantId: job.tenantId,
    actorId: null,
    action: 'import.commit',
    entityType: 'import_job',
    entityId: id,
    after: {
      kind: job.kind,
      fileName: job.fileName,
      fileSha256: job.fileSha256,
      counts,
      via: 'cli',
      actor: 'system',
    },
  });
}

/** A dry run or a refused file keeps its report as a job (outside any transaction). */
async function recordReport(db: Db, options: FileImportOptions, result: FileImportResult): Promise<void> {
  const job = await jobOf(options, result.rows, result.errorRows);
  const report = {
    problems: result.problems.slice(0, 1000),
    matches: result.matches.slice(0, 1000),
    counts: result.created,
  };
  await insertJob(db, { ...job, id: newId(), status: result.errorRows > 0 ? 'FAILED' : 'DRY_RUN', report });
}

/**
 * Streaming import of a local file of any size, all or nothing, acting as the system.
 * On PostgreSQL, ratings and awards take the set-based path (import-staged.ts): one read,
 * COPY into a staging table, SQL matching and inserts in one transaction. Elsewhere (PGlite,
 * people, initiatives) the batched path below.
 */
export async function importFile(db: Db, options: FileImportOptions): Promise<FileImportResult> {
  const pool = poolOf(db);
  if (!pool || !STAGED_KINDS.has(options.kind)) return importBatched(db, options);
  const planner = await new ImportPlanner(
    db,
    systemActor(options.tenantId),
    options.kind,
    options.confirmations,
  ).init();
  const result: FileImportResult = {
    rows: 0,
    errorRows: 0,
    problems: planner.problems,
    matches: [],
    created: countWrites(emptyWrites()),
    unchanged: 0,
    committed: false,
  };
  const outcome = await importStaged(pool, planner, {
    tenantId: options.tenantId,
    isDryRun: options.isDryRun,
    lines: fileRows(options.path, options.kind, options.limits),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    record: async (tx, staged) => {
      Object.assign(result, { rows: planner.rows, unchanged: staged.unchanged });
      Object.assign(result.created, staged.created);
      await recordCommit(tx, await jobOf(options, result.rows, 0), result);
    },
  });
  result.rows = planner.rows;
  result.errorRows = outcome.errorRows;
  result.matches = outcome.matches;
  result.unchanged = outcome.unchanged;
  Object.assign(result.created, outcome.created);
  result.committed = outcome.committed;
  if (!result.committed) await recordReport(db, options, result);
  return result;
}

/**
 * The batched path: pass 1 streams and validates every row without writing; only a clean
 * file gets pass 2, which streams again and writes batch by batch inside ONE transaction,
 * so a failure midway rolls everything back.
 */
async function importBatched(db: Db, options: FileImportOptions): Promise<FileImportResult> {
  const actor = systemActor(options.tenantId);
  const check = await new ImportPlanner(db, actor, options.kind, options.confirmations).init();
  const totals = emptyWrites();
  for await (const batch of fileLines(options.path, options.kind, options.limits)) {
    const writes = await check.planBatch(batch);
    for (const key of Object.keys(totals) as (keyof Writes)[]) totals[key].length += writes[key].length;
    options.onProgress?.(1, check.rows);
  }
  const finished = await check.finish();
  for (const key of Object.keys(totals) as (keyof Writes)[]) totals[key].length += finished[key].length;
  const result: FileImportResult = {
    rows: check.rows,
    errorRows: check.errorRows + check.pending,
    problems: check.problems,
    matches: [...check.matches.values()],
    created: countWrites(totals),
    unchanged: check.unchanged,
    committed: false,
  };
  if (result.errorRows > 0 || options.isDryRun) {
    await recordReport(db, options, result);
    return result;
  }
  const job = await jobOf(options, result.rows, 0);
  await db.transaction(async (tx) => {
    const write = await new ImportPlanner(tx, actor, options.kind, options.confirmations).init();
    let pending: Promise<void> = Promise.resolve();
    for await (const batch of fileLines(options.path, options.kind, options.limits)) {
      // The previous batch's insert overlaps with parsing this one.
      await pending;
      const writes = await write.planBatch(batch);
      pending = applyWrites(tx, writes);
      options.onProgress?.(2, write.rows);
    }
    await pending;
    await applyWrites(tx, await write.finish());
    if (write.errorRows > 0 || write.pending > 0) throw new AppError('IMPORT_HAS_ERRORS');
    await recordCommit(tx, job, result);
  });
  result.committed = true;
  return result;
}
