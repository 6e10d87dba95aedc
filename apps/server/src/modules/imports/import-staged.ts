import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema/index';
import type { ImportKind } from './import-kind';
import type { ImportPlanner } from './import-plan';
import type { UncertainMatch } from './imports.schemas';
import type { ParsedLine } from './parse-sheet';
import { matchKeyOfNormalized } from './person-match';
import { copyRows, copyValue, openCopy } from './staged-copy';
import { FirstSeen, NameCache, type StagedDecision, type StagedPerson } from './staged-keys';
import {
  MAX_REPORTED,
  matchPeople,
  type Query,
  stageDecisions,
  stageRatings,
  writeAwards,
  writeRatings,
} from './staged-sql';

// The set-based CLI import on PostgreSQL (ADR 004). One read of the file checks every row in
// JS (the same `ImportPlanner.checkLine` as the web path) and streams the good rows with
// COPY FROM STDIN into a temporary staging table inside the import transaction; SQL then
// matches people, decisions and existing records for all rows at once and inserts what is new.

/** Kinds the staged path handles; people and initiatives keep the batched planner. */
export const STAGED_KINDS: ReadonlySet<ImportKind> = new Set(['awards', 'ratings']);

/** The pg pool behind a Drizzle database, or null (PGlite has no COPY FROM STDIN stream). */
export function poolOf(db: Db): pg.Pool | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  return client instanceof pg.Pool ? client : null;
}

/** The staging row after `row` and `who`: the record's own columns, in COPY order. */
const RECORD_COLUMNS: Record<
  'awards' | 'ratings',
  readonly (readonly [name: string, pgType: string, key: string])[]
> = {
  awards: [
    ['dec', 'int4', ''],
    ['award_code', 'text', 'awardCode'],
    ['kind', 'text', 'kind'],
    ['year', 'int4', 'year'],
    ['period_start_year', 'int4', 'periodStartYear'],
    ['amount_vnd', 'int4', 'amountVnd'],
    ['achievement', 'text', 'achievement'],
  ],
  ratings: [
    ['year', 'int4', 'year'],
    ['rating', 'text', 'rating'],
    ['source_doc', 'text', 'sourceDoc'],
  ],
};

const WHO_COLUMNS = ['who', 'ident', 'full_name', 'compact', 'birth_date', 'citizen_id', 'unit_id'] as const;
const DEC_COLUMNS = ['dec', 'number', 'yr', 'decision_date', 'issuer', 'signer', 'first_row'] as const;

export type StagedOutcome = {
  /** Rows with a problem or an unconfirmed match (nothing was written). */
  errorRows: number;
  matches: UncertainMatch[];
  created: Record<string, number>;
  unchanged: number;
  committed: boolean;
};

/**
 * Runs the staged import in one transaction on its own connection. `record` writes the
 * job and the audit event inside that transaction just before COMMIT; a dry run, a file
 * with problems or any failure rolls everything back.
 */
export async function importStaged(
  pool: pg.Pool,
  planner: ImportPlanner,
  options: {
    tenantId: string;
    isDryRun: boolean;
    /** The parsed rows of the file, in batches. */
    lines: AsyncIterable<ParsedLine[]>;
    onProgress?: (pass: 1 | 2, rows: number) => void;
    record: (tx: Db, outcome: StagedOutcome) => Promise<void>;
  },
): Promise<StagedOutcome> {
  const kind = planner.kind as 'awards' | 'ratings';
  const records = RECORD_COLUMNS[kind];
  const conn = await pool.connect();
  const q = (text: string, values: unknown[] = []) => conn.query(text, values);
  const t = options.tenantId;
  let isOpen = false;
  try {
    await q('BEGIN');
    isOpen = true;
    await q("SET LOCAL work_mem = '256MB'");
    await q(
      `CREATE TEMP TABLE import_stage ("row" int4, who int4, ${records
        .map(([n, ty]) => `"${n}" ${ty}`)
        .join(', ')}) ON COMMIT DROP`,
    );
    await q(`CREATE TEMP TABLE import_who (who int4, ident text, full_name text, compact text,
      birth_date date, citizen_id text, unit_id uuid, person_id uuid, owner_id uuid) ON COMMIT DROP`);
    await q(`CREATE TEMP TABLE import_dec (dec int4, number text, yr int4, decision_date date,
      issuer text, signer text, first_row int4, id uuid, signed_on date, created bool NOT NULL DEFAULT false)
      ON COMMIT DROP`);

    // Pass 1: check every row; stage the good ones while the file is clean.
    const people = new FirstSeen<StagedPerson>();
    const decisions = new FirstSeen<StagedDecision>();
    const staged = await stageRows(conn, planner, options, { records, people, decisions });
    options.onProgress?.(1, planner.rows);
    const outcome: StagedOutcome = {
      errorRows: planner.errorRows,
      matches: [],
      created: {},
      unchanged: 0,
      committed: false,
    };
    if (planner.errorRows > 0) return outcome;
    await copyRows(
      conn,
      'import_who',
      WHO_COLUMNS,
      people.values.map((p, who) => [who, ...p]),
    );
    await copyRows(
      conn,
      'import_dec',
      DEC_COLUMNS,
      decisions.values.map((d, dec) => [dec, ...d]),
    );
    // Statistics for the matching joins (a file of people without citizen IDs matches by name).
    await q('ANALYZE import_who');

    // Pass 2, in SQL: who is each distinct person of the file?
    await matchPeople(q, t);
    const personErrors = await resolveTheRest(q, planner);
    outcome.matches = [...planner.matches.values()];
    options.onProgress?.(2, staged);
    // Fresh statistics after the updates, so the joins below hash the small tables (people,
    // decisions) and stream the staging rows through them, instead of hashing every staged row.
    await q('ANALYZE import_who');

    const recordErrors =
      kind === 'awards'
        ? await stageDecisions(q, t, planner, decisions.values)
        : await stageRatings(q, t, planner);
    outcome.errorRows = personErrors + recordErrors;
    if (outcome.errorRows > 0) return outcome;
    await q('ANALYZE import_dec');

    // Write what is new, or count it for a dry run.
    const created =
      kind === 'awards'
        ? await writeAwards(q, t, options.isDryRun)
        : await writeRatings(q, t, options.isDryRun);
    outcome.created = created;
    outcome.unchanged = staged - (kind === 'awards' ? created.award! : created.annual_rating!);
    options.onProgress?.(2, staged);
    if (options.isDryRun) return outcome;
    await options.record(drizzle(conn, { schema }) as unknown as Db, outcome);
    await q('COMMIT');
    isOpen = false;
    outcome.committed = true;
    return outcome;
  } finally {
    if (isOpen) await q('ROLLBACK').catch(() => {});
    conn.release();
  }
}

/**
 * Pass 1: every row through the planner's checks; while no row has failed, the good ones go
 * to `import_stage` by COPY, naming their person and decision by number. Returns the count.
 */
async function stageRows(
  conn: pg.PoolClient,
  planner: ImportPlanner,
  options: { lines: AsyncIterable<ParsedLine[]>; onProgress?: (pass: 1 | 2, rows: number) => void },
  keys: {
    records: (typeof RECORD_COLUMNS)['awards'];
    people: FirstSeen<StagedPerson>;
    decisions: FirstSeen<StagedDecision>;
  },
): Promise<number> {
  const { people, decisions } = keys;
  const copy = openCopy(conn, 'import_stage', ['row', 'who', ...keys.records.map(([n]) => n)]);
  const names = new NameCache();
  const recordKeys = keys.records.map(([, , key]) => key);
  const isAwards = planner.kind === 'awards';
  let staged = 0;
  for await (const batch of options.lines) {
    // One COPY chunk per batch.
    let chunk = '';
    for (let b = 0; b < batch.length; b += 1) {
      const line = batch[b]!;
      const unit = planner.checkLine(line);
      if (unit && planner.errorRows === 0) {
        const v = line.values;
        const [name, compact] = names.get(String(v.fullName));
        const birthDate = (v.birthDate as string | null) ?? null;
        const citizenId = v.citizenId === null ? null : String(v.citizenId);
        const who = people.idOf([unit.id, name, birthDate ?? '', citizenId ?? ''], () => [
          matchKeyOfNormalized({ fullName: name, birthDate, citizenId, unitId: unit.id }),
          name,
          compact,
          birthDate,
          citizenId,
          unit.id,
        ]);
        let text = `${line.row}\t${who}`;
        let k = 0;
        if (isAwards) {
          const number = String(v.decisionNumber);
          const date = String(v.decisionDate);
          // The issuer is part of the key: two issuers' registers may both hold the number.
          const dec = decisions.idOf([number, date, String(v.issuer)], () => [
            number,
            Number(date.slice(0, 4)),
            date,
            (v.issuer as string | null) ?? null,
            (v.signer as string | null) ?? null,
            line.row,
          ]);
          text += `\t${dec}`;
          k = 1;
        }
        for (; k < recordKeys.length; k += 1) text += `\t${copyValue(v[recordKeys[k]!])}`;
        chunk += `${text}\n`;
        staged += 1;
      }
      if (planner.rows % 10_000 === 0) options.onProgress?.(1, planner.rows);
    }
    await copy.write(chunk);
  }
  await copy.end();
  return staged;
}

/**
 * People SQL could not decide (conflicts, unknown people, uncertain matches, confirmations)
 * go through the planner's own matcher, row by row, so reports and rules stay the same.
 * Returns the number of rows still without a person.
 */
async function resolveTheRest(q: Query, planner: ImportPlanner): Promise<number> {
  const anyLeft = await q('SELECT 1 FROM import_who WHERE person_id IS NULL LIMIT 1');
  if (anyLeft.rows.length === 0) return 0;
  const unresolved = await q(
    `SELECT s.row, w.full_name, w.birth_date::text AS birth_date, w.citizen_id, w.unit_id::text AS unit_id, w.who
     FROM import_stage s JOIN import_who w USING (who)
     WHERE w.person_id IS NULL ORDER BY s.row LIMIT ${MAX_REPORTED}`,
  );
  const items = unresolved.rows.map((r) => ({
    line: {
      row: Number(r.row),
      values: { fullName: r.full_name, birthDate: r.birth_date, citizenId: r.citizen_id },
      problems: [],
    } as ParsedLine,
    unit: planner.unitById(String(r.unit_id))!,
  }));
  const ids = await planner.resolvePeople(items);
  const confirmed = new Map<number, string>();
  ids.forEach((id, i) => {
    if (id) confirmed.set(Number(unresolved.rows[i]!.who), id);
  });
  if (confirmed.size) {
    await q(
      `UPDATE import_who w SET person_id = c.id
       FROM unnest($1::int4[], $2::uuid[]) AS c(who, id) WHERE w.who = c.who`,
      [[...confirmed.keys()], [...confirmed.values()]],
    );
  }
  const left = await q(
    'SELECT count(*) AS n FROM import_stage s JOIN import_who w USING (who) WHERE w.person_id IS NULL',
  );
  return Number(left.rows[0]!.n);
}
