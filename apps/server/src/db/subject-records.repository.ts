import { and, eq, getTableColumns, inArray, type SQL, sql } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { Db, Tx } from './client';
import { queryRows } from './query-rows';
import { annualRating, award, discipline, hold, type initiative } from './schema/index';

/** One table's matching rows as a JSON array, a scalar subquery of the one statement below. */
const aggregated = (table: PgTable, where: SQL | undefined) =>
  sql`(SELECT coalesce(json_agg(${table}), '[]'::json) FROM ${table} WHERE ${where})`;

/**
 * Rows that came back as JSON, typed as a plain select of the table gives them: each column's own
 * decoder (a timestamp becomes a Date, a uuid[] an array), keys and their order as Drizzle's.
 */
function decode<T extends PgTable>(table: T, rows: Record<string, unknown>[]): T['$inferSelect'][] {
  const columns = Object.entries(getTableColumns(table));
  return rows.map((r) => {
    const out: Record<string, unknown> = {};
    for (const [key, column] of columns) {
      const value = r[column.name];
      out[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
    }
    return out as T['$inferSelect'];
  });
}

/** Whose initiatives come with the records: those a person wrote, or those of units. */
export type InitiativesOf = { authors: string[] } | { units: string[] };

/** An initiative as the timeline and the rules engine read it; `subjectId` is the author, if asked by author. */
export type InitiativeRecord = {
  id: string;
  title: string;
  // The table's columns hold only these (written through z.enum).
  type: (typeof initiative.$inferSelect)['type'];
  scope: (typeof initiative.$inferSelect)['scope'];
  year: number;
  isApplied: boolean;
  isAccepted: boolean;
  decisionNumber: string | null;
  version: number;
  subjectId: string | null;
  sharePct: number | null;
};

/** What the rules engine needs of a person beyond the records. */
export type PersonFacts = { id: string; recruitedOn: string | null; subjectGroup: string };

const uuids = (ids: string[]) =>
  sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

// Built as JSON by hand (integers, booleans, text): no column needs a driver decoder.
const INITIATIVE = sql`json_build_object('id', i.id, 'title', i.title, 'type', i.type, 'scope', i.scope,
  'year', i.year, 'isApplied', i.is_applied, 'isAccepted', i.is_accepted,
  'decisionNumber', i.decision_number, 'version', i.version`;

function initiatives(tenantId: string, of: InitiativesOf | undefined): SQL {
  if (!of || ('authors' in of ? of.authors : of.units).length === 0) return sql`'[]'::json`;
  if ('authors' in of)
    return sql`(SELECT coalesce(json_agg(${INITIATIVE}, 'subjectId', ia.person_id, 'sharePct', ia.share_pct)), '[]'::json)
      FROM initiative_author ia JOIN initiative i ON i.tenant_id = ia.tenant_id AND i.id = ia.initiative_id
      WHERE ia.tenant_id = ${tenantId} AND ia.person_id IN (${uuids(of.authors)}))`;
  return sql`(SELECT coalesce(json_agg(${INITIATIVE}, 'subjectId', NULL, 'sharePct', NULL)), '[]'::json)
    FROM initiative i WHERE i.tenant_id = ${tenantId} AND i.unit_id IN (${uuids(of.units)}))`;
}

const people = (tenantId: string, ids: string[]) =>
  sql`(SELECT coalesce(json_agg(json_build_object('id', p.id, 'recruitedOn', p.recruited_on, 'subjectGroup', p.subject_group)), '[]'::json)
    FROM person p WHERE p.tenant_id = ${tenantId} AND p.id IN (${uuids(ids)}))`;

type Aggregates = {
  ratings: never[];
  awards: never[];
  disciplines: never[];
  holds: never[];
  initiatives: InitiativeRecord[];
  people: PersonFacts[];
};

/**
 * The records keyed by subject — ratings, awards, discipline, holds — for a batch of subjects, and
 * if asked their initiatives and the people among them, in one statement of indexed scalar
 * subqueries, each aggregated to JSON. One round trip instead of six: under load each statement
 * costs the server a pool hand-off, a socket write that wakes the database and a parse, more than
 * the rows themselves (issue 19.3). `db` may be a transaction. The engine's history and the
 * timelines both read them from here.
 */
export async function loadSubjectRecords(
  db: Db | Tx,
  tenantId: string,
  subjectIds: string[],
  options: { initiativesOf?: InitiativesOf; people?: boolean } = {},
) {
  const of = options.initiativesOf;
  // One subject (the person page, the eligibility read, the timeline): its text takes a handful of
  // shapes, so it is a named statement, parsed and planned once per connection (queryRows). Planning
  // its six subqueries cost PostgreSQL 0.44 ms against 0.18 ms running them (pg_stat_statements under
  // the HTTP load). A batch's IN lists make a new text for every size: those stay unnamed.
  const single = subjectIds.length === 1 && (!of || ('authors' in of ? of.authors : of.units).length <= 1);
  const [row] = await queryRows<Aggregates>(
    db,
    sql`SELECT ${aggregated(annualRating, and(eq(annualRating.tenantId, tenantId), inArray(annualRating.subjectId, subjectIds)))} AS ratings,
      ${aggregated(award, and(eq(award.tenantId, tenantId), inArray(award.subjectId, subjectIds)))} AS awards,
      ${aggregated(discipline, and(eq(discipline.tenantId, tenantId), inArray(discipline.subjectId, subjectIds)))} AS disciplines,
      ${aggregated(hold, and(eq(hold.tenantId, tenantId), inArray(hold.subjectId, subjectIds)))} AS holds,
      ${initiatives(tenantId, of)} AS initiatives,
      ${options.people && subjectIds.length ? people(tenantId, subjectIds) : sql`'[]'::json`} AS people`,
    single ? { preparedAs: 'subject_records' } : {},
  );
  return {
    ratings: decode(annualRating, row!.ratings),
    awards: decode(award, row!.awards),
    disciplines: decode(discipline, row!.disciplines),
    holds: decode(hold, row!.holds),
    initiatives: row!.initiatives,
    people: row!.people,
  };
}
