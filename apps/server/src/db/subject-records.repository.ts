import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { annualRating, award, discipline, hold } from './schema/index';

/**
 * The records keyed by subject — ratings, awards, discipline, holds — for a batch of subjects,
 * one indexed query per table, one after another: `db` may be a transaction, whose single client
 * runs one query at a time (pg 9 refuses more). The engine's history and the timelines both read
 * them from here (initiatives differ: they are keyed by author or by unit).
 */
export async function loadSubjectRecords(db: Db, tenantId: string, subjectIds: string[]) {
  const ratings = await db
    .select()
    .from(annualRating)
    .where(and(eq(annualRating.tenantId, tenantId), inArray(annualRating.subjectId, subjectIds)));
  const awards = await db
    .select()
    .from(award)
    .where(and(eq(award.tenantId, tenantId), inArray(award.subjectId, subjectIds)));
  const disciplines = await db
    .select()
    .from(discipline)
    .where(and(eq(discipline.tenantId, tenantId), inArray(discipline.subjectId, subjectIds)));
  const holds = await db
    .select()
    .from(hold)
    .where(and(eq(hold.tenantId, tenantId), inArray(hold.subjectId, subjectIds)));
  return { ratings, awards, disciplines, holds };
}
