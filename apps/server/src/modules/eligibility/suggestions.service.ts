import { awardNameIn } from '@vinhdanh/domain/rules/award-catalogue';
import { hasWomenPriority, womenPriorityNote } from '@vinhdanh/domain/rules/priority';
import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { COUNT_CAP, decodeCursor, encodeCursor } from '../../db/paging';
import { queryRows } from '../../db/query-rows';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { unitRef } from '../org-units/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { suggestionActions } from './eligibility-access';
import { ensureScope, pendingInScope, refreshScope } from './eligibility-refresh';

/**
 * The GET judges waiting subjects itself only when all of its scope's fit in one small batch, so a
 * unit's officer who just entered a rating sees it at once. Anything bigger (a province's first scan
 * of a year, a catalogue change) is left to the job and answered with its progress: on PGlite the
 * server has one connection, and judging 2,000 subjects inside a GET held every other request
 * behind it (issue 19: the root's first call took 250 s).
 */
export const INLINE_REFRESH_LIMIT = 50;

const escapeLike = (value: string) => value.replace(/[\\%_]/g, '\\$&');

/** The list's keys, all ascending (eligibility_verdict_order_idx): the cursor is the last row's. */
type ListKey = [rank: number, nameSort: string, subjectId: string];
const cursorSort = (award: string) => `suggestions:${award}`;

type Row = {
  award: string;
  subject_id: string;
  subject_type: 'PERSON' | 'COLLECTIVE';
  amount_vnd: number | null;
  computed_at: string | Date;
  rules_version: string;
  sort_rank: number;
  name_sort: string;
  is_stale: boolean;
  person_name: string | null;
  is_direct_worker: boolean | null;
  gender: string | null;
  unit_name: string;
};

/**
 * The verdicts under the path, as a condition on `v`: none for a unit that holds every unit of the
 * tenant (the root: the page is the index's first rows), else the units under it by id, so the
 * planner estimates the share of verdicts they hold (a path's LIKE on org_unit it cannot) and reads
 * a small unit's verdicts through eligibility_verdict_unit_idx.
 */
async function scopeFilter(db: Db, tenantId: string, path: string): Promise<SQL> {
  const [units] = await queryRows<{ inside: string | null; outside: number }>(
    db,
    sql`SELECT string_agg(id::text, ',') FILTER (WHERE path LIKE ${`${escapeLike(path)}%`}) AS inside,
          count(*) FILTER (WHERE path NOT LIKE ${`${escapeLike(path)}%`})::int AS outside
        FROM org_unit WHERE tenant_id = ${tenantId}`,
  );
  if (!units || Number(units.outside) === 0) return sql``;
  return sql`AND v.unit_id = ANY(${`{${units.inside ?? ''}}`}::uuid[])`;
}

/**
 * The award codes with an eligible verdict in the tenant's year, one index probe each (a loose
 * scan of eligibility_verdict_award_idx), or the one award asked for. Read first and passed as
 * VALUES, so the planner knows how many lists it reads (a recursive CTE it takes for 100, which
 * priced the page high enough to compile it with JIT: a second spent before the first row).
 */
async function awardCodes(db: Db, tenantId: string, year: number, award: string | undefined) {
  if (award) return [award];
  const rows = await queryRows<{ code: string }>(
    db,
    sql`WITH RECURSIVE c(code) AS (
        SELECT min(award_code) FROM eligibility_verdict WHERE tenant_id = ${tenantId} AND year = ${year} AND is_eligible
        UNION ALL
        SELECT (SELECT min(v.award_code) FROM eligibility_verdict v WHERE v.tenant_id = ${tenantId} AND v.year = ${year}
                  AND v.is_eligible AND v.award_code > c.code)
        FROM c WHERE c.code IS NOT NULL)
      SELECT code FROM c WHERE code IS NOT NULL`,
  );
  return rows.map((r) => r.code);
}

/**
 * One page of each award's list under the path: the rows in the index's order from the cursor,
 * each joined to its person and unit, and stopped after `limit` (+1 to know whether more follow).
 * The root reads its pages and nothing else; a small unit's rows come through its units instead
 * (eligibility_verdict_unit_idx), as the planner judges from the path.
 */
async function pageInScope(
  db: Db,
  tenantId: string,
  year: number,
  scope: SQL,
  codes: string[],
  options: { after?: ListKey; limit?: number; offset: number },
) {
  const { after } = options;
  const start = after
    ? sql`AND (v.sort_rank, v.name_sort COLLATE "C", v.subject_id) > (${after[0]}::smallint, ${after[1]}::text COLLATE "C", ${after[2]}::uuid)`
    : sql``;
  const limit = options.limit === undefined ? sql`` : sql`LIMIT ${options.limit + 1}`;
  const offset = after || options.offset === 0 ? sql`` : sql`OFFSET ${options.offset}`;
  // One parenthesised page a code, joined by UNION ALL: each is a router query on Citus, which
  // cannot push down a LATERAL subquery with a LIMIT over a VALUES list.
  const pageOf = (
    code: string,
  ) => sql`(SELECT ${code}::text AS award, v.subject_id, v.subject_type, v.amount_vnd,
          v.computed_at, v.rules_version, v.sort_rank, v.name_sort,
          -- Indexed by the stale table's key (tenant, subject, year).
          EXISTS (SELECT 1 FROM eligibility_stale s WHERE s.tenant_id = v.tenant_id AND s.subject_id = v.subject_id
                  AND s.year IN (0, ${year})) AS is_stale,
          p.full_name AS person_name, p.is_direct_worker, p.gender, u.name AS unit_name
        FROM eligibility_verdict v
        JOIN org_unit u ON u.tenant_id = v.tenant_id AND u.id = v.unit_id
        LEFT JOIN person p ON p.tenant_id = v.tenant_id AND p.id = v.subject_id AND v.subject_type = 'PERSON'
        WHERE v.tenant_id = ${tenantId} AND v.year = ${year} AND v.award_code = ${code} AND v.is_eligible
          ${scope} ${start}
        ORDER BY v.sort_rank, v.name_sort COLLATE "C", v.subject_id
        ${limit} ${offset})`;
  const rows = await queryRows<Row>(db, sql.join(codes.map(pageOf), sql` UNION ALL `));
  // Each page comes in its order; the pages in code order, as the answer lists the awards.
  return [...codes].sort().flatMap((code) => rows.filter((r) => r.award === code));
}

/** Each award's people (counted up to COUNT_CAP + 1) and collectives (at most the scope's units). */
async function countsInScope(db: Db, tenantId: string, year: number, scope: SQL, codes: string[]) {
  const count = (code: string, type: 'PERSON' | 'COLLECTIVE', cap: SQL) => sql`(SELECT count(*)::int FROM (
      SELECT 1 FROM eligibility_verdict v
      WHERE v.tenant_id = ${tenantId} AND v.year = ${year} AND v.award_code = ${code} AND v.is_eligible
        AND v.subject_type = ${type} ${scope} ${cap}) x)`;
  return queryRows<{ code: string; people: number; collectives: number }>(
    db,
    sql.join(
      codes.map(
        (code) =>
          sql`SELECT ${code}::text AS code, ${count(code, 'PERSON', sql`LIMIT ${COUNT_CAP + 1}`)} AS people, ${count(code, 'COLLECTIVE', sql``)} AS collectives`,
      ),
      sql` UNION ALL `,
    ),
  );
}

/**
 * "Gợi ý đề nghị": who under a unit is eligible for what this year, direct workers first (Law 2022,
 * Điều 5), then women (ND 152, Điều 4.6), then by name. Reads the stored verdicts
 * (eligibility_verdict), maintained by the refresh job; a verdict older than its subject's last
 * record change or the rules in force is marked pending, never shown as current, and the answer
 * says how many subjects wait.
 *
 * Paged (issue 19): `limit` subjects of each award (all without it), `award` and `cursor` (an
 * award's `nextCursor`) for the next page of one award; the order is served by an index, so a page
 * reads its rows and stops. Each award's count stops at COUNT_CAP people (`totalCapped`).
 */
export async function getUnitSuggestions(
  db: Db,
  ctx: RequestContext,
  unitId: string,
  query: { year: number; limit?: number; offset?: number; award?: string; cursor?: string },
  options: { inlineLimit?: number } = {},
) {
  const unit = await requireAccess(db, ctx, 'eligibility:read', unitRef(unitId));
  const tenantId = ctx.actor.tenantId;
  const { year } = query;
  // A cursor names a position in one award's list.
  if (query.cursor && !query.award) throw new AppError('INVALID_CURSOR');
  const after = query.cursor
    ? (decodeCursor(query.cursor, cursorSort(query.award!), 3) as ListKey)
    : undefined;
  if (after && (typeof after[0] !== 'number' || typeof after[1] !== 'string'))
    throw new AppError('INVALID_CURSOR');
  const ruleSets = await loadTenantRuleSets(db, tenantId);
  const inlineLimit = options.inlineLimit ?? INLINE_REFRESH_LIMIT;
  await ensureScope(db, tenantId, year, unit.path, ruleSets.version);
  let pending = await pendingInScope(db, tenantId, year, unit.path);
  if (pending > 0 && pending <= inlineLimit) {
    await refreshScope(db, tenantId, year, unit.path, ruleSets, inlineLimit);
    pending = await pendingInScope(db, tenantId, year, unit.path);
  }
  const scope = await scopeFilter(db, tenantId, unit.path);
  const codes = await awardCodes(db, tenantId, year, query.award);
  const [rows, counts] =
    codes.length === 0
      ? [[], []]
      : await Promise.all([
          pageInScope(db, tenantId, year, scope, codes, {
            after,
            limit: query.limit,
            offset: query.offset ?? 0,
          }),
          countsInScope(db, tenantId, year, scope, codes),
        ]);
  const ruleSet = ruleSets.ofYear(year);
  const names = ruleSets.names(`${year}-12-31`);
  let oldest: Date | null = null;
  const byAward = new Map<string, Row[]>();
  for (const r of rows) {
    const list = byAward.get(r.award) ?? [];
    if (list.length === 0) byAward.set(r.award, list);
    list.push(r);
  }
  const awards = counts
    .filter((c) => c.people + c.collectives > 0)
    .map(({ code, people, collectives }) => {
      const listed = byAward.get(code) ?? [];
      const more = query.limit !== undefined && listed.length > query.limit;
      const page = more ? listed.slice(0, query.limit) : listed;
      const last = page.at(-1);
      const subjects = page.map((r): Subject => {
        const computedAt = new Date(r.computed_at);
        if (!oldest || computedAt < oldest) oldest = computedAt;
        return {
          id: r.subject_id,
          type: r.subject_type,
          name: r.person_name ?? r.unit_name,
          unitName: r.unit_name,
          isDirectWorker: r.is_direct_worker ?? false,
          isWomenPriority: hasWomenPriority(ruleSet, { female: r.gender === 'NU' }),
          amountVnd: r.amount_vnd,
          computedAt: computedAt.toISOString(),
          isPending: Boolean(r.is_stale) || r.rules_version !== ruleSets.version,
        };
      });
      const peopleShown = Math.min(people, COUNT_CAP);
      return {
        award: code,
        name: awardNameIn(names, code),
        total: peopleShown + collectives,
        totalCapped: people > COUNT_CAP,
        people: peopleShown,
        collectives,
        subjects,
        nextCursor:
          more && last
            ? encodeCursor(cursorSort(code), [Number(last.sort_rank), last.name_sort, last.subject_id])
            : null,
      };
    });
  const note = womenPriorityNote(ruleSet);
  return {
    year,
    ruleSet: ruleSet.id,
    order: `Người lao động trực tiếp trước (Luật Thi đua, khen thưởng 2022, Điều 5); ${note.charAt(0).toLowerCase()}${note.slice(1)}`,
    pending,
    computedAt: (oldest as Date | null)?.toISOString() ?? null,
    awards,
    allowedActions: suggestionActions(ctx.actor, unit),
  };
}

type Subject = {
  id: string;
  type: 'PERSON' | 'COLLECTIVE';
  name: string;
  unitName: string;
  isDirectWorker: boolean;
  isWomenPriority: boolean;
  amountVnd: number | null;
  computedAt: string;
  isPending: boolean;
};
