import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from './client';
import { annualRating, award, discipline, hold } from './schema/index';

/**
 * The records keyed by subject — ratings, awards, discipline, holds — for a batch of subjects,
 * one indexed query per table, run together. The engine's history and the timelines both read
 * them from here (initiatives differ: they are keyed by author or by unit).
 */
export async function loadSubjectRecords(db: Db, tenantId: string, subjectIds: string[]) {
  const [ratings, awards, disciplines, holds] = await Promise.all([
    db
      .select()
      .from(annualRating)
      .where(and(eq(annualRating.tenantId, tenantId), inArray(annualRating.subjectId, subjectIds))),
    db
      .select()
      .from(award)
      .where(and(eq(award.tenantId, tenantId), inArray(award.subjectId, subjectIds))),
    db
      .select()
      .from(discipline)
      .where(and(eq(discipline.tenantId, tenantId), inArray(discipline.subjectId, subjectIds))),
    db
      .select()
      .from(hold)
      .where(and(eq(hold.tenantId, tenantId), inArray(hold.subjectId, subjectIds))),
  ]);
  return { ratings, awards, disciplines, holds };
}
