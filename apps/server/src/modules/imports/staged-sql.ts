import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import { awardSearchColumns } from '../records/index';
import type { ImportPlanner } from './import-plan';
import type { StagedDecision } from './staged-keys';

// The set-based steps of the staged import (ADR 004), on the temporary tables
// import_stage (one row per file row), import_who (one per distinct person) and
// import_dec (one per decision number and signing date the file gives).

export type Query = (text: string, values?: unknown[]) => Promise<pg.QueryResult>;

/** At most this many rows of one kind of problem are read back for the report. */
export const MAX_REPORTED = 5_000;

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

/** Matches the file's people that SQL can decide alone; the rest go to the planner. */
export async function matchPeople(q: Query, t: string): Promise<void> {
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
       SELECT w.who, (array_agg(p.id))[1] AS id
       FROM import_who w JOIN person p ON p.tenant_id = $1
         AND replace(p.name_search, ' ', '') = w.compact AND p.full_name = w.full_name
         AND p.unit_id = w.unit_id AND p.birth_date IS NOT DISTINCT FROM w.birth_date
         AND NOT (p.citizen_id IS NOT NULL AND w.citizen_id IS NOT NULL AND p.citizen_id <> w.citizen_id)
       WHERE w.owner_id IS NULL
       GROUP BY w.who HAVING count(*) = 1) x
     WHERE w.who = x.who`,
    [t],
  );
}

/**
 * Decisions by number, issuer and signing year (each issuer keeps its own register, import-plan.ts
 * `decisionKeyOf`): an existing one is reused, otherwise the first row that names it defines it. Rows
 * giving the number of the same issuer another date are reported.
 */
export async function stageDecisions(
  q: Query,
  t: string,
  planner: ImportPlanner,
  decisions: readonly StagedDecision[],
): Promise<number> {
  await q(
    `UPDATE import_dec d SET id = x.id, signed_on = x.signed_on FROM decision x
     WHERE x.tenant_id = $1 AND x.number = d.number AND x.issuer = d.issuer
       AND extract(year from x.signed_on) = d.yr`,
    [t],
  );
  await q(`UPDATE import_dec d SET id = g.id, signed_on = g.decision_date, created = (d.dec = g.dec)
    FROM (SELECT DISTINCT ON (number, yr, issuer) number, yr, issuer, dec, decision_date, ${UUIDV7} AS id
          FROM import_dec WHERE id IS NULL ORDER BY number, yr, issuer, first_row) g
    WHERE d.id IS NULL AND d.number = g.number AND d.yr = g.yr AND d.issuer = g.issuer`);
  const conflicting = await q(
    'SELECT dec, signed_on::text AS signed_on FROM import_dec WHERE decision_date <> signed_on',
  );
  if (conflicting.rows.length === 0) return 0;
  const signedOn = new Map(conflicting.rows.map((r) => [Number(r.dec), String(r.signed_on)]));
  const bad = await q(
    `SELECT row, dec, count(*) OVER () AS total FROM import_stage
     WHERE dec = ANY($1::int4[]) ORDER BY row LIMIT ${MAX_REPORTED}`,
    [[...signedOn.keys()]],
  );
  for (const r of bad.rows) {
    const dec = Number(r.dec);
    const [number, , , issuer] = decisions[dec]!;
    planner.reportDecisionDate(Number(r.row), number, issuer ?? '', signedOn.get(dec)!);
  }
  return bad.rows.length ? Number(bad.rows[0].total) : 0;
}

/** Ratings: the first row of a person and year wins; a different rating for it is a problem. */
export async function stageRatings(q: Query, t: string, planner: ImportPlanner): Promise<number> {
  await q(`CREATE TEMP TABLE import_first ON COMMIT DROP AS
    SELECT DISTINCT ON (w.person_id, s.year) w.person_id, s.year, s.rating, s.source_doc
    FROM import_stage s JOIN import_who w USING (who) ORDER BY w.person_id, s.year, s.row`);
  const bad = await q(
    `SELECT s.row, s.year, coalesce(r.rating, f.rating) AS existing, count(*) OVER () AS total
     FROM import_stage s JOIN import_who w USING (who)
     JOIN import_first f ON f.person_id = w.person_id AND f.year = s.year
     LEFT JOIN annual_rating r ON r.tenant_id = $1 AND r.subject_id = w.person_id AND r.year = s.year
     WHERE s.rating <> coalesce(r.rating, f.rating) ORDER BY s.row LIMIT ${MAX_REPORTED}`,
    [t],
  );
  for (const r of bad.rows) planner.reportRating(Number(r.row), Number(r.year), String(r.existing));
  return bad.rows.length ? Number(bad.rows[0].total) : 0;
}

export async function writeAwards(q: Query, t: string, isDryRun: boolean): Promise<Record<string, number>> {
  // A first import into an empty history (the large case) needs no look at existing awards.
  const seen = await q(
    `SELECT EXISTS (SELECT 1 FROM award a JOIN import_who w ON a.subject_id = w.person_id
       WHERE a.tenant_id = $1) AS any`,
    [t],
  );
  const isNew = seen.rows[0]?.any === false;
  // One award per person, code, year and decision number: the first row that names it.
  const from = `FROM (
      SELECT DISTINCT ON (w.person_id, s.award_code, s.year, d.number)
        w.person_id, s.award_code, s.kind, s.year, s.period_start_year, d.id AS decision_id,
        d.number AS decision_number, d.signed_on, s.amount_vnd, s.achievement
      FROM import_stage s JOIN import_who w USING (who) JOIN import_dec d USING (dec)
      ORDER BY w.person_id, s.award_code, s.year, d.number, s.row) x`;
  const where = `WHERE ${
    isNew
      ? '$1::uuid IS NOT NULL'
      : `NOT EXISTS (SELECT 1 FROM award a WHERE a.tenant_id = $1 AND a.subject_id = x.person_id
      AND a.year = x.year AND a.award_code = x.award_code AND a.decision_number = x.decision_number)`
  }`;
  if (isDryRun) {
    const decisions = await q('SELECT count(*) AS n FROM import_dec WHERE created');
    const awards = await q(`SELECT count(*) AS n ${from} ${where}`, [t]);
    return { decision: Number(decisions.rows[0].n), award: Number(awards.rows[0].n) };
  }
  const decisions = await q(
    `INSERT INTO decision (tenant_id, id, number, signed_on, issuer, signer)
     SELECT $1, id, number, signed_on, issuer, signer FROM import_dec WHERE created`,
    [t],
  );
  // Award search's columns in the same statement, one join (the trigger then skips its lookups, 0055).
  const search = awardSearchColumns('PERSON', '$1', 'x.person_id');
  const awards = await q(
    `INSERT INTO award (tenant_id, id, subject_type, subject_id, award_code, kind, year, period_start_year,
       decision_id, decision_number, decision_date, amount_vnd, achievement, scope_unit_id, sort_name)
     SELECT $1, ${uuidv7Series()}, 'PERSON', x.person_id, x.award_code, x.kind, x.year, x.period_start_year,
       x.decision_id, x.decision_number, x.signed_on, x.amount_vnd, x.achievement,
       ${search.scopeUnitId}, ${search.sortName}
     ${from} ${search.joins} ${where}`,
    [t],
  );
  return { decision: decisions.rowCount ?? 0, award: awards.rowCount ?? 0 };
}

export async function writeRatings(q: Query, t: string, isDryRun: boolean): Promise<Record<string, number>> {
  const fresh = `FROM (SELECT * FROM import_first) f WHERE NOT EXISTS (SELECT 1 FROM annual_rating r
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
