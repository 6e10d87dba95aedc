import type { Db } from '../../db/client';
import { loadSubjectRecords } from '../../db/subject-records.repository';

/**
 * Every record of the given subjects and the initiatives of a person or of units, in one
 * statement of small index scans (a 20-year timeline; `db` may be a transaction).
 */
export async function loadTimelineRecords(
  db: Db,
  tenantId: string,
  subjectIds: string[],
  initiativesOf: { personId: string } | { unitIds: string[] },
) {
  const { people: _people, ...records } = await loadSubjectRecords(db, tenantId, subjectIds, {
    initiativesOf:
      'personId' in initiativesOf ? { authors: [initiativesOf.personId] } : { units: initiativesOf.unitIds },
  });
  return records;
}
