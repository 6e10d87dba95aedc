import type { AwardKind, RevocationGround } from '@vinhdanh/domain/rules/types';
import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  after,
  COUNT_CAP,
  cappedTotal,
  decodeCursor,
  encodeCursor,
  orderBy,
  type SortKey,
} from '../../db/paging';
import { queryRows } from '../../db/query-rows';
import { cachedUnitScope } from './award-scope-cache';

export type AwardFilter = {
  /** Folded (diacritic-free, lower-case) name of the person, matched against person.name_search. */
  foldedName?: string | undefined;
  awardCode?: string | undefined;
  kind?: string | undefined;
  yearFrom?: number | undefined;
  yearTo?: number | undefined;
  decisionNumber?: string | undefined;
  decisionId?: string | undefined;
  /** Any of these codes (the public honour board filters by award level). */
  awardCodes?: readonly string[] | undefined;
  /** Leave revoked awards out (the honour board lists standing honours only). */
  excludeRevoked?: boolean | undefined;
  /** One recipient's awards (award_subject_idx). */
  subjectId?: string | undefined;
  /** Awards given under this movement (award_movement). */
  movementId?: string | undefined;
};

export type AwardHitRow = {
  id: string;
  subject_type: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subject_id: string;
  subject_name: string;
  unit_id: string;
  unit_name: string;
  award_code: string;
  // The award table's kind and ground columns hold only these (written through z.enum).
  kind: AwardKind;
  year: number;
  period_start_year: number | null;
  achievement: string | null;
  decision_id: string | null;
  decision_number: string | null;
  decision_date: string | null;
  amount_vnd: number | null;
  is_revoked: boolean;
  revoked_on: string | null;
  revocation_ground: RevocationGround | null;
  initiatives_used: string[];
  version: number;
};

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

// Unit, team and household names have no folded column: fold them in SQL with translate(),
// which both engines have (PGlite has no unaccent, and lower() under "C" is ASCII-only).
const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ';
const ACCENTED = `${LOWER}${LOWER.toUpperCase()}ABCDEFGHIJKLMNOPQRSTUVWXYZ`;
const FOLDED = foldVietnamese(ACCENTED);
const foldedName = (expr: SQL) => sql`translate(${expr}, ${ACCENTED}, ${FOLDED})`;

// The award row carries its scope unit and sort name (award.scope_unit_id and award.sort_name, kept by
// the triggers of migration 0054): a person's award is scoped by the person's unit, a team's or
// household's by theirs, an org unit's by the unit itself. The subject's joins give the page's names.
const FROM = sql`
  FROM award a
  JOIN org_unit u ON u.tenant_id = a.tenant_id AND u.id = a.scope_unit_id
  LEFT JOIN person p ON p.tenant_id = a.tenant_id AND p.id = a.subject_id AND a.subject_type = 'PERSON'
  LEFT JOIN collective c ON c.tenant_id = a.tenant_id AND c.id = a.subject_id AND a.subject_type = 'COLLECTIVE'
  LEFT JOIN household h ON h.tenant_id = a.tenant_id AND h.id = a.subject_id AND a.subject_type = 'HOUSEHOLD'`;

/**
 * The awards under the path, as a condition on `a`: none for a path that holds every unit of the
 * tenant (the root: a page is the first rows of award_search_order_idx), else the units under it by
 * id, so the planner estimates their share of the awards (a path's LIKE on org_unit it cannot) and
 * reads a small unit's awards through award_scope_unit_idx. As the suggestions list does. The units
 * may come from the scope cache (award-scope-cache.ts) for `seconds`.
 */
async function scopeFilter(
  db: Db | Tx,
  tenantId: string,
  pathPrefix: string,
  seconds: number,
): Promise<SQL | undefined> {
  const units = await cachedUnitScope(db, tenantId, pathPrefix, seconds, async () => {
    const like = `${escapeLike(pathPrefix)}%`;
    const [found] = await queryRows<{ inside: string | null; outside: number }>(
      db,
      sql`SELECT string_agg(id::text, ',') FILTER (WHERE path LIKE ${like}) AS inside,
            count(*) FILTER (WHERE path NOT LIKE ${like})::int AS outside
          FROM org_unit WHERE tenant_id = ${tenantId}`,
    );
    return !found || Number(found.outside) === 0 ? null : `{${found.inside ?? ''}}`;
  });
  return units === null ? undefined : sql`a.scope_unit_id = ANY(${units}::uuid[])`;
}

function whereClause(tenantId: string, scope: SQL | undefined, f: AwardFilter): SQL {
  const parts: SQL[] = [sql`a.tenant_id = ${tenantId}`];
  if (scope) parts.push(scope);
  if (f.foldedName) {
    // People are found through person_name_trgm_idx (pg_trgm) in a subquery, not by testing
    // the joined row of every award in scope.
    const person = sql`(a.subject_type = 'PERSON' AND a.subject_id IN (
      SELECT ps.id FROM person ps WHERE ps.tenant_id = ${tenantId}
         AND ps.name_search LIKE ${`%${escapeLike(f.foldedName)}%`}))`;
    const other = foldedName(sql`COALESCE(h.head_name, c.name, u.name)`);
    const unit = sql`(a.subject_type <> 'PERSON' AND ${other} LIKE ${`%${escapeLike(f.foldedName)}%`})`;
    parts.push(sql`(${person} OR ${unit})`);
  }
  if (f.subjectId) parts.push(sql`a.subject_id = ${f.subjectId}`);
  if (f.awardCode) parts.push(sql`a.award_code = ${f.awardCode}`);
  if (f.kind) parts.push(sql`a.kind = ${f.kind}`);
  if (f.yearFrom !== undefined) parts.push(sql`a.year >= ${f.yearFrom}`);
  if (f.yearTo !== undefined) parts.push(sql`a.year <= ${f.yearTo}`);
  if (f.decisionNumber) {
    parts.push(sql`lower(a.decision_number) LIKE ${`%${escapeLike(f.decisionNumber.toLowerCase())}%`}`);
  }
  if (f.decisionId) parts.push(sql`a.decision_id = ${f.decisionId}`);
  if (f.awardCodes) {
    const codes = f.awardCodes.length
      ? sql.join(
          f.awardCodes.map((c) => sql`${c}`),
          sql`, `,
        )
      : sql`NULL`;
    parts.push(sql`a.award_code IN (${codes})`);
  }
  if (f.excludeRevoked) parts.push(sql`NOT a.is_revoked`);
  if (f.movementId) {
    parts.push(sql`EXISTS (SELECT 1 FROM award_movement am WHERE am.tenant_id = a.tenant_id
                     AND am.award_id = a.id AND am.movement_id = ${f.movementId})`);
  }
  return sql.join(parts, sql` AND `);
}

// Newest achievement year first, then the Vietnamese name order (the person's name_sort, else the
// unit's name); the id makes the order total. award_search_order_idx and award_search_code_idx hold
// this order.
const KEYS: SortKey[] = [
  { expr: sql`a.year`, dir: 'desc' },
  { expr: sql`a.sort_name COLLATE "C"`, dir: 'asc' },
  { expr: sql`a.id`, dir: 'asc' },
];
const SORT = 'award';

export type AwardPageOptions = {
  limit: number;
  /** Rows to skip (the page/pageSize contract); ignored when `cursor` is given. */
  offset?: number;
  /** Start after this position (nextCursor of the previous page). */
  cursor?: string | undefined;
  /** `capped` counts up to COUNT_CAP + 1 rows; `exact` reads every match; `none` (default) skips it. */
  count?: 'none' | 'capped' | 'exact';
  /** How long the units under the path may be kept (VINHDANH_PAGE_CACHE_SECONDS); 0 (default): read each time. */
  scopeSeconds?: number;
};

/** One page of awards under a path prefix, newest achievement year first, with a count if asked. */
export async function searchAwardRows(
  db: Db | Tx,
  tenantId: string,
  pathPrefix: string,
  filter: AwardFilter,
  page: AwardPageOptions,
): Promise<{ rows: AwardHitRow[]; total: number; totalCapped: boolean; nextCursor: string | null }> {
  const scope = await scopeFilter(db, tenantId, pathPrefix, page.scopeSeconds ?? 0);
  const where = whereClause(tenantId, scope, filter);
  const keys = page.cursor ? decodeCursor(page.cursor, SORT, KEYS.length) : undefined;
  // The year bound repeats the cursor's first key as a plain range, so the index scan starts at the
  // cursor's year instead of filtering every earlier row.
  const start = keys
    ? sql`${after(KEYS, keys)}${typeof keys[0] === 'number' ? sql` AND a.year <= ${keys[0]}` : sql``}`
    : undefined;
  const mode = page.count ?? 'none';
  // The count rides in the page's own statement, as a scalar subquery PostgreSQL runs once (an
  // InitPlan): one round trip a page instead of two (issue 19). Inside it, a, u, p, c and h name its
  // own FROM entries, which hide the outer query's.
  const counted = sql`(SELECT count(*)::int FROM (SELECT 1 ${FROM} WHERE ${where}${mode === 'capped' ? sql` LIMIT ${COUNT_CAP + 1}` : sql``}) matches)`;
  // Planning the five joins (twice with the count) costs more than running them, so a search whose
  // plan does not depend on its values is a named statement, planned once per connection: the whole
  // tenant (the ordered index scan, whatever the tenant) without a text pattern. A unit's scope keeps
  // a plan made for its own ids (scopeFilter), and a LIKE pattern one made for its text.
  const generic = !scope && !filter.foldedName && !filter.decisionNumber;
  // One row more than the page tells whether a next page exists without counting.
  const fetched = await queryRows<AwardHitRow & { sort_name: string; matches?: number }>(
    db,
    sql`SELECT a.id, a.subject_type, a.subject_id, COALESCE(p.full_name, h.head_name, c.name, u.name) AS subject_name,
               u.id AS unit_id, u.name AS unit_name, a.award_code, a.kind, a.year, a.period_start_year,
               a.achievement, a.decision_id, a.decision_number, a.decision_date::text AS decision_date,
               a.amount_vnd, a.is_revoked, a.revoked_on::text AS revoked_on, a.revocation_ground,
               a.initiatives_used::text[] AS initiatives_used, a.version,
               a.sort_name${mode === 'none' ? sql`` : sql`, ${counted} AS matches`}
        ${FROM}
        WHERE ${where}${start ? sql` AND ${start}` : sql``}
        ORDER BY ${sql.join(orderBy(KEYS), sql`, `)}
        LIMIT ${page.limit + 1} OFFSET ${page.cursor ? 0 : (page.offset ?? 0)}`,
    generic ? { preparedAs: 'award_search' } : {},
  );
  const rows = fetched.slice(0, page.limit).map(({ matches: _m, ...r }) => r);
  const last = rows.at(-1);
  const nextCursor =
    fetched.length > page.limit && last
      ? encodeCursor(SORT, [Number(last.year), last.sort_name, last.id])
      : null;
  if (mode === 'none') return { rows, total: rows.length, totalCapped: false, nextCursor };
  // An empty page has no row to carry the count: from the start (no cursor, no offset) nothing
  // matches; past the end, count on its own.
  const fromStart = !page.cursor && !page.offset;
  const n = fetched[0]
    ? Number(fetched[0].matches ?? 0)
    : fromStart
      ? 0
      : Number((await queryRows<{ n: number }>(db, sql`SELECT ${counted} AS n`))[0]?.n ?? 0);
  return { rows, nextCursor, ...(mode === 'capped' ? cappedTotal(n) : { total: n, totalCapped: false }) };
}
