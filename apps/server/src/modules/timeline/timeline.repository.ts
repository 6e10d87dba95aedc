import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { annualRating, award, discipline, hold, initiative, initiativeAuthor } from '../../db/schema/index';

/**
 * Every record of the given subjects, one indexed query per table, run together:
 * a 20-year timeline is five small index scans (plus the initiatives of a person or units).
 */
export async function loadTimelineRecords(
  db: Db,
  tenantId: string,
  subjectIds: string[],
  initiativesOf: { personId: string } | { unitIds: string[] },
) {
  const initiativeColumns = {
    id: initiative.id,
    title: initiative.title,
    type: initiative.type,
    scope: initiative.scope,
    year: initiative.year,
    isApplied: initiative.isApplied,
    decisionNumber: initiative.decisionNumber,
    version: initiative.version,
  };
  const initiatives =
    'personId' in initiativesOf
      ? db
          .select({
            ...initiativeColumns,
            subjectId: initiativeAuthor.personId,
            sharePct: initiativeAuthor.sharePct,
          })
          .from(initiativeAuthor)
          .innerJoin(
            initiative,
            and(
              eq(initiative.tenantId, initiativeAuthor.tenantId),
              eq(initiative.id, initiativeAuthor.initiativeId),
            ),
          )
          .where(
            and(
              eq(initiativeAuthor.tenantId, tenantId),
              eq(initiativeAuthor.personId, initiativesOf.personId),
            ),
          )
      : db
          .select(initiativeColumns)
          .from(initiative)
          .where(and(eq(initiative.tenantId, tenantId), inArray(initiative.unitId, initiativesOf.unitIds)))
          .then((rows) => rows.map((r) => ({ ...r, subjectId: null, sharePct: null })));
  const [ratings, awards, inits, disciplines, holds] = await Promise.all([
    db
      .select()
      .from(annualRating)
      .where(and(eq(annualRating.tenantId, tenantId), inArray(annualRating.subjectId, subjectIds))),
    db
      .select()
      .from(award)
      .where(and(eq(award.tenantId, tenantId), inArray(award.subjectId, subjectIds))),
    initiatives,
    db
      .select()
      .from(discipline)
      .where(and(eq(discipline.tenantId, tenantId), inArray(discipline.subjectId, subjectIds))),
    db
      .select()
      .from(hold)
      .where(and(eq(hold.tenantId, tenantId), inArray(hold.subjectId, subjectIds))),
  ]);
  return { ratings, awards, initiatives: inits, disciplines, holds };
}
