import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { normalizePersonName } from '@vinhdanh/domain/text/fold';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { Db } from '../../db/client';
import * as schema from '../../db/schema/index';
import type { ImportKind } from './import-kind';
import type { ImportPlanner, UncertainMatch } from './import-plan';
import type { ParsedLine } from './parse-sheet';
import { compactName, matchKeyOfNormalized } from './person-match';

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

type StageColumn = readonly [name: string, pgType: string, key: string];

const IDENTITY: StageColumn[] = [
  ['full_name', 'text', 'fullName'],
  ['birth_date', 'date', 'birthDate'],
  ['citizen_id', 'text', 'citizenId'],
];
const RECORD_COLUMNS: Record<'awards' | 'ratings', StageColumn[]> = {
  awards: [
    ['award_code', 'text', 'awardCode'],
    ['kind', 'text', 'kind'],
    ['year', 'int4', 'year'],
    ['period_start_year', 'int4', 'periodStartYear'],
    ['decision_number', 'text', 'decisionNumber'],
    ['decision_date', 'date', 'decisionDate'],
    ['decision_year', 'int4', 'decisionYear'],
    ['issuer', 'text', 'issuer'],
    ['signer', 'text', 'signer'],
    ['amount_vnd', 'int4', 'amountVnd'],
    ['achievement', 'text', 'achievement'],
  ],
  ratings: [
    ['year', 'int4', 'year'],
    ['rating', 'text', 'rating'],
    ['source_doc', 'text', 'sourceDoc'],
  ],
};

/** A time-ordered id (UUIDv7 layout) made by PostgreSQL 13+, like `newId()` in JS. */
const UUIDV7 = `encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid()) placing
  substring(int8send(floor(extract(epoch from clock_timestamp()) * 1000)::bigint) from 3) from 1 for 6),
  52, 1), 53, 1), 'hex')::uuid`;

/**
 * Ids for the rows of one `INSERT … SELECT` (needs `row_number() OVER ()`): UUIDv7 with a
 * dedicated counter (RFC 9562, method 1): the statement's millisecond and random bits, then a
 * 48-bit counter from a random start. Ordered like the rows and far cheaper per row than
 * `UUIDV7` (which draws strong randomness for every row).
 */
function uuidv7Series(): string {
  const ms = Date.now().toString(16).padStart(12, '0');
  const r = randomBytes(4).toString('hex');
  const variant = (8 + (Number.parseInt(r[3]!, 16) & 3)).toString(16);
  const prefix = `${ms.slice(0, 8)}-${ms.slice(8)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-`;
  const start = Number.parseInt(randomBytes(6).toString('hex'), 16) % 2 ** 47;
  return `('${prefix}' || lpad(to_hex(${start}::int8 + row_number() OVER ()), 12, '0'))::uuid`;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const NEEDS_ESCAPE = /[\\\t\n\r]/;
/** One value in COPY text format. */
function copyValue(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'number') return String(value);
  const text = String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : text;
}

/** Names repeat across rows; their normalised and compact forms are worth remembering. */
class NameCache {
  private readonly map = new Map<string, [name: string, compact: string]>();
  get(raw: string): [string, string] {
    let hit = this.map.get(raw);
    if (!hit) {
      const name = normalizePersonName(raw);
      hit = [name, compactName(name)];
      if (this.map.size > 200_000) this.map.clear();
      this.map.set(raw, hit);
    }
    return hit;
  }
}

export type StagedOutcome = {
  /** Rows with a problem or an unconfirmed match (nothing was written). */
  errorRows: number;
  matches: UncertainMatch[];
  created: Record<string, number>;
  unchanged: number;
  committed: boolean;
};

const MAX_REPORTED = 5_000;

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
  const stageColumns: [string, string][] = [
    ['row', 'int4'],
    ['ident', 'text'],
    ['compact', 'text'],
    ['unit_id', 'uuid'],
    ...[...IDENTITY, ...records].map(([n, t]) => [n, t] as [string, string]),
  ];
  const conn = await pool.connect();
  const q = (text: string, values: unknown[] = []) => conn.query(text, values);
  const t = options.tenantId;
  let isOpen = false;
  try {
    await q('BEGIN');
    isOpen = true;
    await q("SET LOCAL work_mem = '256MB'");
    await q(
      `CREATE TEMP TABLE import_stage (${stageColumns.map(([n, ty]) => `"${n}" ${ty}`).join(', ')}) ON COMMIT DROP`,
    );

    // Pass 1: check every row; stage the good ones while the file is clean.
    const copy = conn.query(
      copyFrom(`COPY import_stage (${stageColumns.map(([n]) => `"${n}"`).join(', ')}) FROM STDIN`),
    );
    const copied = finished(copy);
    copied.catch(() => {});
    const names = new NameCache();
    const recordKeys = records.map(([, , key]) => key);
    let staged = 0;
    for await (const batch of options.lines) {
      // One COPY chunk per batch; wait for 'drain' only when the stream asks for it.
      let chunk = '';
      for (let b = 0; b < batch.length; b += 1) {
        const line = batch[b]!;
        const unit = planner.checkLine(line);
        if (unit && planner.errorRows === 0) {
          const v = line.values;
          const [name, compact] = names.get(String(v.fullName));
          const birthDate = (v.birthDate as string | null) ?? null;
          const citizenId = v.citizenId === null ? null : String(v.citizenId);
          const ident = matchKeyOfNormalized({ fullName: name, birthDate, citizenId, unitId: unit.id });
          let text = `${line.row}\t${copyValue(ident)}\t${copyValue(compact)}\t${unit.id}\t${copyValue(name)}\t${copyValue(birthDate)}\t${copyValue(citizenId)}`;
          for (let k = 0; k < recordKeys.length; k += 1) {
            const key = recordKeys[k]!;
            text +=
              key === 'decisionYear' ? `\t${String(v.decisionDate).slice(0, 4)}` : `\t${copyValue(v[key])}`;
          }
          chunk += `${text}\n`;
          staged += 1;
        }
        if (planner.rows % 10_000 === 0) options.onProgress?.(1, planner.rows);
      }
      if (chunk && !copy.write(chunk)) await once(copy, 'drain');
    }
    copy.end();
    await copied;
    await q('ANALYZE import_stage');
    options.onProgress?.(1, planner.rows);
    const outcome: StagedOutcome = {
      errorRows: planner.errorRows,
      matches: [],
      created: {},
      unchanged: 0,
      committed: false,
    };
    if (planner.errorRows > 0) return outcome;

    // Pass 2, in SQL: who is each distinct person of the file?
    await q(`CREATE TEMP TABLE import_who ON COMMIT DROP AS
      SELECT ident, full_name, compact, birth_date, citizen_id, unit_id,
             NULL::uuid AS person_id, NULL::uuid AS owner_id
      FROM import_stage GROUP BY 1, 2, 3, 4, 5, 6`);
    await q('ANALYZE import_who');
    // Citizen ID decides; the owner must bear the same compact name.
    await q(
      `UPDATE import_who w SET owner_id = p.id,
         person_id = CASE WHEN replace(p.name_search, ' ', '') = w.compact THEN p.id END
       FROM person p WHERE p.tenant_id = $1 AND p.citizen_id = w.citizen_id`,
      [t],
    );
    // Otherwise exactly one person with the name as written, unit and birth date.
    await q(
      `UPDATE import_who w SET person_id = x.id FROM (
         SELECT w.ident, (array_agg(p.id))[1] AS id
         FROM import_who w JOIN person p ON p.tenant_id = $1
           AND replace(p.name_search, ' ', '') = w.compact AND p.full_name = w.full_name
           AND p.unit_id = w.unit_id AND p.birth_date IS NOT DISTINCT FROM w.birth_date
           AND NOT (p.citizen_id IS NOT NULL AND w.citizen_id IS NOT NULL AND p.citizen_id <> w.citizen_id)
         WHERE w.owner_id IS NULL
         GROUP BY w.ident HAVING count(*) = 1) x
       WHERE w.ident = x.ident`,
      [t],
    );
    // The rest (conflicts, unknown people, uncertain matches, confirmations) go through
    // the planner's own matcher, row by row, so reports and rules stay the same.
    const anyLeft = await q('SELECT 1 FROM import_who WHERE person_id IS NULL LIMIT 1');
    const unresolved =
      anyLeft.rows.length === 0
        ? { rows: [] as Record<string, unknown>[] }
        : await q(
            `SELECT s.row, s.full_name, s.birth_date::text AS birth_date, s.citizen_id, s.unit_id::text AS unit_id,
              s.ident, count(*) OVER () AS total
       FROM import_stage s JOIN import_who w USING (ident)
       WHERE w.person_id IS NULL ORDER BY s.row LIMIT ${MAX_REPORTED}`,
          );
    let personErrors = 0;
    if (unresolved.rows.length) {
      const items = unresolved.rows.map((r) => ({
        line: {
          row: Number(r.row),
          values: { fullName: r.full_name, birthDate: r.birth_date, citizenId: r.citizen_id },
          problems: [],
        } as ParsedLine,
        unit: planner.unitById(String(r.unit_id))!,
      }));
      const ids = await planner.resolvePeople(items);
      const confirmed = new Map<string, string>();
      ids.forEach((id, i) => {
        if (id) confirmed.set(String(unresolved.rows[i]!.ident), id);
      });
      if (confirmed.size) {
        await q(
          `UPDATE import_who w SET person_id = c.id
           FROM unnest($1::text[], $2::uuid[]) AS c(ident, id) WHERE w.ident = c.ident`,
          [[...confirmed.keys()], [...confirmed.values()]],
        );
      }
      const left = await q(
        `SELECT count(*) AS n FROM import_stage s JOIN import_who w USING (ident) WHERE w.person_id IS NULL`,
      );
      personErrors = Number(left.rows[0]!.n);
    }
    outcome.matches = [...planner.matches.values()];
    options.onProgress?.(2, staged);
    // Fresh statistics after the updates, so the joins below hash the small tables (people,
    // decisions) and stream the staging rows through them, instead of hashing every staged row.
    await q('ANALYZE import_who');

    const recordErrors =
      kind === 'awards' ? await stageDecisions(q, t, planner) : await stageRatings(q, t, planner);
    outcome.errorRows = personErrors + recordErrors;
    if (outcome.errorRows > 0) return outcome;

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

type Query = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

/** Decisions by number and signing year: existing ones are reused, the first row defines a new one. */
async function stageDecisions(q: Query, t: string, planner: ImportPlanner): Promise<number> {
  // The first row of each number and year defines a new decision (hash aggregate, no sort).
  await q(`CREATE TEMP TABLE import_dec ON COMMIT DROP AS
    SELECT s.decision_number AS number, f.yr, s.decision_date, s.issuer, s.signer,
      NULL::uuid AS id, NULL::date AS signed_on, false AS created
    FROM import_stage s JOIN (
      SELECT min(row) AS row, decision_year AS yr
      FROM import_stage GROUP BY decision_number, decision_year) f ON f.row = s.row`);
  await q(
    `UPDATE import_dec d SET id = x.id, signed_on = x.signed_on FROM decision x
     WHERE x.tenant_id = $1 AND x.number = d.number AND extract(year from x.signed_on) = d.yr`,
    [t],
  );
  await q(`UPDATE import_dec SET id = ${UUIDV7}, signed_on = decision_date, created = true WHERE id IS NULL`);
  await q('ANALYZE import_dec');
  const bad = await q(
    `SELECT s.row, d.number, d.signed_on::text AS signed_on, count(*) OVER () AS total
     FROM import_stage s JOIN import_dec d ON d.number = s.decision_number AND d.yr = s.decision_year
     WHERE s.decision_date <> d.signed_on ORDER BY s.row LIMIT ${MAX_REPORTED}`,
  );
  for (const r of bad.rows) planner.reportDecisionDate(Number(r.row), String(r.number), String(r.signed_on));
  return bad.rows.length ? Number(bad.rows[0].total) : 0;
}

/** Ratings: the first row of a person and year wins; a different rating for it is a problem. */
async function stageRatings(q: Query, t: string, planner: ImportPlanner): Promise<number> {
  await q(`CREATE TEMP TABLE import_first ON COMMIT DROP AS
    SELECT DISTINCT ON (w.person_id, s.year) w.person_id, s.year, s.rating, s.source_doc
    FROM import_stage s JOIN import_who w USING (ident) ORDER BY w.person_id, s.year, s.row`);
  const bad = await q(
    `SELECT s.row, s.year, coalesce(r.rating, f.rating) AS existing, count(*) OVER () AS total
     FROM import_stage s JOIN import_who w USING (ident)
     JOIN import_first f ON f.person_id = w.person_id AND f.year = s.year
     LEFT JOIN annual_rating r ON r.tenant_id = $1 AND r.subject_id = w.person_id AND r.year = s.year
     WHERE s.rating <> coalesce(r.rating, f.rating) ORDER BY s.row LIMIT ${MAX_REPORTED}`,
    [t],
  );
  for (const r of bad.rows) planner.reportRating(Number(r.row), Number(r.year), String(r.existing));
  return bad.rows.length ? Number(bad.rows[0].total) : 0;
}

async function writeAwards(q: Query, t: string, isDryRun: boolean): Promise<Record<string, number>> {
  // A first import into an empty history (the large case) needs no look at existing awards.
  const seen = await q(
    `SELECT EXISTS (SELECT 1 FROM award a JOIN import_who w ON a.subject_id = w.person_id
       WHERE a.tenant_id = $1) AS any`,
    [t],
  );
  const isNew = seen.rows[0]?.any === false;
  const fresh = `FROM (
      SELECT DISTINCT ON (w.person_id, s.award_code, s.year, s.decision_number)
        w.person_id, s.award_code, s.kind, s.year, s.period_start_year, d.id AS decision_id,
        s.decision_number, d.signed_on, s.amount_vnd, s.achievement
      FROM import_stage s JOIN import_who w USING (ident)
      JOIN import_dec d ON d.number = s.decision_number AND d.yr = s.decision_year
      ORDER BY w.person_id, s.award_code, s.year, s.decision_number, s.row) x
    WHERE ${isNew ? '$1::uuid IS NOT NULL' : ''}${
      isNew
        ? ''
        : `NOT EXISTS (SELECT 1 FROM award a WHERE a.tenant_id = $1 AND a.subject_id = x.person_id
      AND a.year = x.year AND a.award_code = x.award_code AND a.decision_number = x.decision_number)`
    }`;
  if (isDryRun) {
    const decisions = await q('SELECT count(*) AS n FROM import_dec WHERE created');
    const awards = await q(`SELECT count(*) AS n ${fresh}`, [t]);
    return { decision: Number(decisions.rows[0].n), award: Number(awards.rows[0].n) };
  }
  const decisions = await q(
    `INSERT INTO decision (tenant_id, id, number, signed_on, issuer, signer)
     SELECT $1, id, number, signed_on, issuer, signer FROM import_dec WHERE created`,
    [t],
  );
  const awards = await q(
    `INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, period_start_year,
       decision_id, decision_number, decision_date, amount_vnd, achievement)
     SELECT $1, ${uuidv7Series()}, 'PERSON', x.person_id, x.award_code, x.kind, x.year, x.period_start_year,
       x.decision_id, x.decision_number, x.signed_on, x.amount_vnd, x.achievement ${fresh}`,
    [t],
  );
  return { decision: decisions.rowCount ?? 0, award: awards.rowCount ?? 0 };
}

async function writeRatings(q: Query, t: string, isDryRun: boolean): Promise<Record<string, number>> {
  const fresh = `FROM import_first f WHERE NOT EXISTS (SELECT 1 FROM annual_rating r
    WHERE r.tenant_id = $1 AND r.subject_id = f.person_id AND r.year = f.year)`;
  if (isDryRun) {
    const n = await q(`SELECT count(*) AS n ${fresh}`, [t]);
    return { annual_rating: Number(n.rows[0].n) };
  }
  const inserted = await q(
    `INSERT INTO annual_rating (tenant_id, id, subject_type, subject_id, year, rating, source_doc)
     SELECT $1, ${uuidv7Series()}, 'PERSON', f.person_id, f.year, f.rating, f.source_doc ${fresh}`,
    [t],
  );
  return { annual_rating: inserted.rowCount ?? 0 };
}
