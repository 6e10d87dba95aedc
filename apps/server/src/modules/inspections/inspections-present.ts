import type { Db, Tx } from '../../db/client';
import { findAwardBrief, findSubject } from '../records/index';
import type { FindingRow } from './inspections.repository';

/** A finding as the console shows it: whom its hold holds, and where the award's revocation stands. */
export async function presentFinding(db: Db | Tx, tenantId: string, f: FindingRow, unitName: string) {
  const subject = f.subjectId ? await findSubject(db, tenantId, f.subjectId) : undefined;
  const award = f.awardId ? await findAwardBrief(db, tenantId, f.awardId) : undefined;
  return {
    id: f.id,
    unitId: f.unitId,
    unitName,
    content: f.content,
    recommendation: f.recommendation,
    followUpDueOn: f.followUpDueOn,
    completedOn: f.completedOn,
    completionNote: f.completionNote,
    action: f.action,
    subjectId: f.subjectId,
    subjectName: subject?.name ?? null,
    holdId: f.holdId,
    award:
      award && f.revocationGround
        ? {
            id: award.id,
            awardCode: award.awardCode,
            year: award.year,
            ground: f.revocationGround,
            isRevoked: award.isRevoked,
          }
        : null,
    version: f.version,
  };
}
