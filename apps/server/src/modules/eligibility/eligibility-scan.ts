import { personNameSortKey } from '@vinhdanh/domain/text/collation';
import { and, asc, eq, gt, inArray, like, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { eligibilityScan, eligibilityVerdict, orgUnit, person } from '../../db/schema/index';
import type { TenantRuleSets } from '../rule-params/index';
import { listActiveUnitIds } from './history.repository';
import { judgeSubjects, loadRuleSets } from './judge';

export type ScanProgress = { done: number; total: number };
type VerdictRow = typeof eligibilityVerdict.$inferInsert;

/**
 * Replaces a batch's verdicts for the year. Only eligible or held verdicts are kept:
 * they are what the suggestion lists read, and a "no" for everyone else would be
 * most of the rows.
 */
export async function saveVerdicts(
  db: Db,
  tenantId: string,
  year: number,
  subjectIds: string[],
  rows: VerdictRow[],
) {
  const kept = await withListOrder(
    db,
    tenantId,
    rows.filter((r) => r.isEligible || r.isHeld),
  );
  await db.transaction(async (tx) => {
    await tx
      .delete(eligibilityVerdict)
      .where(
        and(
          eq(eligibilityVerdict.tenantId, tenantId),
          eq(eligibilityVerdict.year, year),
          inArray(eligibilityVerdict.subjectId, subjectIds),
        ),
      );
    // 13 columns a row keeps each statement well under PostgreSQL's 65,535 parameters.
    for (let i = 0; i < kept.length; i += 2000)
      await tx.insert(eligibilityVerdict).values(kept.slice(i, i + 2000));
  });
}

/**
 * The suggestion list's order and scope on each row (eligibility_verdict.sort_rank, name_sort,
 * unit_id): the subject's unit, direct workers first, then women, then by name — read once a batch.
 */
async function withListOrder(db: Db, tenantId: string, rows: VerdictRow[]): Promise<VerdictRow[]> {
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.subjectType === type).map((r) => r.subjectId)),
  ];
  const personIds = ids('PERSON');
  const unitIds = ids('COLLECTIVE');
  const order = new Map<string, { unitId: string; sortRank: number; nameSort: string }>();
  if (personIds.length > 0) {
    const people = await db
      .select({
        id: person.id,
        unitId: person.unitId,
        nameSort: person.nameSort,
        isDirectWorker: person.isDirectWorker,
        gender: person.gender,
      })
      .from(person)
      .where(and(eq(person.tenantId, tenantId), inArray(person.id, personIds)));
    for (const p of people)
      order.set(p.id, {
        unitId: p.unitId,
        sortRank: suggestionRank(p.isDirectWorker, p.gender === 'NU'),
        nameSort: p.nameSort,
      });
  }
  if (unitIds.length > 0) {
    const units = await db
      .select({ id: orgUnit.id, name: orgUnit.name })
      .from(orgUnit)
      .where(and(eq(orgUnit.tenantId, tenantId), inArray(orgUnit.id, unitIds)));
    for (const u of units)
      order.set(u.id, {
        unitId: u.id,
        sortRank: suggestionRank(false, false),
        nameSort: personNameSortKey(u.name),
      });
  }
  return rows.map((r) => ({ ...r, ...order.get(r.subjectId) }));
}

/** eligibility_verdict.sort_rank: direct workers first (Law 2022, Điều 5), then women (ND 152, Điều 4.6). */
export function suggestionRank(isDirectWorker: boolean, isFemale: boolean): number {
  return (isDirectWorker ? 0 : 2) + (isFemale ? 0 : 1);
}

/** The judgement of a batch (judge.ts: the same as the person page and the dossier check), as rows. */
export async function judgeBatch(
  db: Db,
  tenantId: string,
  year: number,
  ruleSets: TenantRuleSets,
  ids: string[],
  type: 'PERSON' | 'COLLECTIVE',
) {
  const refs = ids.map((subjectId) => ({ subjectType: type, subjectId }));
  const judged = await judgeSubjects(db, tenantId, year, refs, { explain: false, ruleSets });
  const rows: VerdictRow[] = [];
  const computedAt = new Date();
  for (const [subjectId, { verdicts }] of judged.subjects) {
    // The province's own titles and forms are among them, so "Gợi ý đề nghị" lists them too (issue 12).
    for (const v of verdicts) {
      rows.push({
        tenantId,
        subjectId,
        year,
        awardCode: v.award,
        subjectType: type,
        ruleSet: v.ruleSet,
        isEligible: v.eligible,
        isHeld: v.held,
        amountVnd: v.amountVnd,
        computedAt,
        rulesVersion: ruleSets.version,
      });
    }
  }
  return rows;
}

/**
 * Evaluates every person and active unit under a path (a whole tenant with "/"),
 * streaming people in keyset-ordered batches so memory stays flat.
 */
export async function scanEligibility(
  db: Db,
  tenantId: string,
  year: number,
  options: { pathPrefix?: string; batchSize?: number; onProgress?: (p: ScanProgress) => void } = {},
) {
  const ruleSets = await loadRuleSets(db, tenantId);
  const prefix = options.pathPrefix ?? '/';
  const batchSize = options.batchSize ?? 1000;
  const inScope = and(eq(person.tenantId, tenantId), like(orgUnit.path, `${prefix}%`));
  const fromPerson = () =>
    db
      .select({ id: person.id })
      .from(person)
      .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)));
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(person)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
    .where(inScope);
  const unitIds = await listActiveUnitIds(db, tenantId, prefix);
  const total = (count?.n ?? 0) + unitIds.length;
  let done = 0;
  let lastId: string | null = null;
  for (;;) {
    const batch = await fromPerson()
      .where(lastId ? and(inScope, gt(person.id, lastId)) : inScope)
      .orderBy(asc(person.id))
      .limit(batchSize);
    if (batch.length === 0) break;
    lastId = batch[batch.length - 1]!.id;
    const ids = batch.map((b) => b.id);
    await saveVerdicts(
      db,
      tenantId,
      year,
      ids,
      await judgeBatch(db, tenantId, year, ruleSets, ids, 'PERSON'),
    );
    done += batch.length;
    options.onProgress?.({ done, total });
  }
  for (let i = 0; i < unitIds.length; i += batchSize) {
    const ids = unitIds.slice(i, i + batchSize);
    const rows = await judgeBatch(db, tenantId, year, ruleSets, ids, 'COLLECTIVE');
    await saveVerdicts(db, tenantId, year, ids, rows);
    done += ids.length;
    options.onProgress?.({ done, total });
  }
  // The scope is maintained from now on (eligibility-refresh.ts); recorded at the end, so a reader
  // never takes a half-done scan for a complete one.
  await db
    .insert(eligibilityScan)
    .values({ tenantId, year, path: prefix, rulesVersion: ruleSets.version })
    .onConflictDoUpdate({
      target: [eligibilityScan.tenantId, eligibilityScan.year, eligibilityScan.path],
      set: { rulesVersion: ruleSets.version, requestedAt: new Date() },
    });
  return { subjects: done };
}
