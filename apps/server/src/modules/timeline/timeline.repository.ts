import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { initiative, initiativeAuthor } from '../../db/schema/index';
import { loadSubjectRecords } from '../../db/subject-records.repository';

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
    isAccepted: initiative.isAccepted,
    decisionNumber: initiative.decisionNumber,
    version: initiative.version,
  };
  // The subject's records first, then its initiatives: one query at a time on `db` (maybe a transaction).
  const records = await loadSubjectRecords(db, tenantId, subjectIds);
  const inits = await ('personId' in initiativesOf
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
          and(eq(initiativeAuthor.tenantId, tenantId), eq(initiativeAuthor.personId, initiativesOf.personId)),
        )
    : db
        .select(initiativeColumns)
        .from(initiative)
        .where(and(eq(initiative.tenantId, tenantId), inArray(initiative.unitId, initiativesOf.unitIds)))
        .then((rows) => rows.map((r) => ({ ...r, subjectId: null, sharePct: null }))));
  return { ...records, initiatives: inits };
}
