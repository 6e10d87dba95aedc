import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client';
import {
  appUser,
  orgUnit,
  recordFile,
  score,
  scoreChange,
  scoringCriterion,
  storedFile,
} from '../../db/schema/index';

type Conn = Db | Tx;
export type ScoreRow = typeof score.$inferSelect;

export function listClusterScores(db: Conn, tenantId: string, clusterId: string) {
  return db
    .select()
    .from(score)
    .where(and(eq(score.tenantId, tenantId), eq(score.clusterId, clusterId)));
}

export function listSheet(
  db: Conn,
  tenantId: string,
  clusterId: string,
  memberUnitId: string,
  assessorUnitId: string,
) {
  return db
    .select()
    .from(score)
    .where(
      and(
        eq(score.tenantId, tenantId),
        eq(score.clusterId, clusterId),
        eq(score.memberUnitId, memberUnitId),
        eq(score.assessorUnitId, assessorUnitId),
      ),
    );
}

export async function findScore(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(score)
    .where(and(eq(score.tenantId, tenantId), eq(score.id, id)))
    .limit(1);
  return row;
}

export async function bumpScore(tx: Tx, row: ScoreRow, expected: number, set: Partial<ScoreRow>) {
  const [updated] = await tx
    .update(score)
    .set({ ...set, version: expected + 1, updatedAt: new Date() })
    .where(and(eq(score.tenantId, row.tenantId), eq(score.id, row.id), eq(score.version, expected)))
    .returning();
  return updated;
}

export function listEvidence(db: Conn, tenantId: string, clusterId: string) {
  return db
    .select({
      scoreId: recordFile.recordId,
      id: storedFile.id,
      name: storedFile.name,
      sha256: storedFile.sha256,
    })
    .from(recordFile)
    .innerJoin(score, and(eq(score.tenantId, recordFile.tenantId), eq(score.id, recordFile.recordId)))
    .innerJoin(
      storedFile,
      and(eq(storedFile.tenantId, recordFile.tenantId), eq(storedFile.id, recordFile.fileId)),
    )
    .where(
      and(
        eq(recordFile.tenantId, tenantId),
        eq(recordFile.recordType, 'score'),
        eq(score.clusterId, clusterId),
      ),
    );
}

const member = alias(orgUnit, 'member_unit');
const assessor = alias(orgUnit, 'assessor_unit');

export function listScoreChanges(db: Conn, tenantId: string, clusterId: string) {
  return db
    .select({
      change: scoreChange,
      memberUnitName: member.name,
      assessorUnitName: assessor.name,
      criterionCode: scoringCriterion.code,
      criterionName: scoringCriterion.name,
      changedByName: appUser.fullName,
    })
    .from(scoreChange)
    .innerJoin(score, and(eq(score.tenantId, scoreChange.tenantId), eq(score.id, scoreChange.scoreId)))
    .innerJoin(member, and(eq(member.tenantId, score.tenantId), eq(member.id, score.memberUnitId)))
    .innerJoin(assessor, and(eq(assessor.tenantId, score.tenantId), eq(assessor.id, score.assessorUnitId)))
    .innerJoin(
      scoringCriterion,
      and(eq(scoringCriterion.tenantId, score.tenantId), eq(scoringCriterion.id, score.criterionId)),
    )
    .innerJoin(
      appUser,
      and(eq(appUser.tenantId, scoreChange.tenantId), eq(appUser.id, scoreChange.changedBy)),
    )
    .where(and(eq(scoreChange.tenantId, tenantId), eq(scoreChange.clusterId, clusterId)))
    .orderBy(desc(scoreChange.changedAt))
    .limit(1000);
}
