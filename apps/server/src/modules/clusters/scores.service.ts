import type { SheetStatus } from '@vinhdanh/domain/emulation/cluster';
import {
  checkCompleteness,
  clampScore,
  missingMessage,
  totalScore,
} from '@vinhdanh/domain/emulation/scoring';
import type { Db, Tx } from '../../db/client';
import { score, scoreChange } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { checkUpload, storeUpload, uploadEndpoint } from '../../platform/upload/index';
import { clusterRef, type Sheet, scoreRef, scoreSheetRef, sheetTemplate } from './cluster-access';
import {
  bumpScore,
  findScore,
  listEvidence,
  listScoreChanges,
  listSheet,
  type ScoreRow,
} from './scores.repository';
import type { EditScoreInput, SaveScoresInput, SubmitScoresInput } from './scores.schemas';

async function recordChange(tx: Tx, ctx: RequestContext, row: ScoreRow, newValue: number, reason: string) {
  await tx.insert(scoreChange).values({
    tenantId: row.tenantId,
    id: newId(),
    scoreId: row.id,
    clusterId: row.clusterId,
    oldValue: row.value,
    newValue,
    reason,
    changedBy: ctx.actor.userId,
  });
  await appendAudit(tx, {
    tenantId: row.tenantId,
    actorId: ctx.actor.userId,
    action: 'score.change',
    entityType: 'score',
    entityId: row.id,
    before: { value: row.value, status: row.status },
    after: { value: newValue, reason },
    requestId: ctx.requestId,
  });
}

/** Changes one existing cell; a submitted cell needs a reason, kept with old → new. */
async function changeCell(
  tx: Tx,
  ctx: RequestContext,
  row: ScoreRow,
  entry: {
    value: number;
    version?: number | undefined;
    reason?: string | undefined;
    note?: string | null | undefined;
  },
) {
  if (entry.version === undefined) throw new AppError('VERSION_CONFLICT');
  const changed = row.value !== entry.value;
  if (row.status === 'SUBMITTED' && changed && !entry.reason) throw new AppError('SCORE_REASON_REQUIRED');
  const updated = await bumpScore(tx, row, entry.version, {
    value: entry.value,
    ...(entry.note !== undefined ? { note: entry.note } : {}),
    updatedBy: ctx.actor.userId,
  });
  if (!updated) throw new AppError('VERSION_CONFLICT');
  if (row.status === 'SUBMITTED' && changed) await recordChange(tx, ctx, row, entry.value, entry.reason!);
}

export async function saveScores(db: Db, ctx: RequestContext, clusterId: string, input: SaveScoresInput) {
  const sheet = await requireAccess(db, ctx, 'score:submit', scoreSheetRef(clusterId, input, 'SCORER'));
  const { cluster: c, kind } = sheet;
  const template = sheetTemplate(ctx.actor, sheet);
  const byId = new Map(template.criteria.map((cr) => [cr.id, cr]));
  const unknown = input.entries.filter((e) => !byId.has(e.criterionId));
  if (unknown.length)
    throw new AppError('INVALID_INPUT', [
      { path: 'entries', message: 'Tiêu chí không thuộc bảng chấm điểm của cụm' },
    ]);
  const existing = new Map(
    (await listSheet(db, c.tenantId, clusterId, input.memberUnitId, input.assessorUnitId)).map((r) => [
      r.criterionId,
      r,
    ]),
  );
  await db.transaction(async (tx) => {
    const fresh: string[] = [];
    for (const e of input.entries) {
      const value = clampScore(e.value, byId.get(e.criterionId)!.maxPoints);
      const row = existing.get(e.criterionId);
      if (row) {
        await changeCell(tx, ctx, row, { ...e, value });
        continue;
      }
      fresh.push(e.criterionId);
      await tx.insert(score).values({
        tenantId: c.tenantId,
        id: newId(),
        clusterId,
        criterionId: e.criterionId,
        memberUnitId: input.memberUnitId,
        assessorUnitId: input.assessorUnitId,
        kind,
        value,
        note: e.note ?? null,
        updatedBy: ctx.actor.userId,
      });
    }
    await appendAudit(tx, {
      tenantId: c.tenantId,
      actorId: ctx.actor.userId,
      action: 'score.save',
      entityType: 'cluster',
      entityId: clusterId,
      after: { ...input, created: fresh.length },
      requestId: ctx.requestId,
    });
  });
  return getSheet(db, ctx, clusterId, input);
}

/** Submission is refused until every required criterion has a value (0 counts). */
export async function submitScores(db: Db, ctx: RequestContext, clusterId: string, input: SubmitScoresInput) {
  const sheet = await requireAccess(db, ctx, 'score:submit', scoreSheetRef(clusterId, input, 'SCORER'));
  const { cluster: c } = sheet;
  const template = sheetTemplate(ctx.actor, sheet);
  const rows = await listSheet(db, c.tenantId, clusterId, input.memberUnitId, input.assessorUnitId);
  const result = checkCompleteness(template.criteria, new Map(rows.map((r) => [r.criterionId, r.value])));
  if (!result.complete) {
    const message = missingMessage(result.missing);
    throw new AppError(
      'SCORES_INCOMPLETE',
      result.missing.map((m) => ({ path: m.code, message: `Chưa chấm: ${m.code} ${m.name}` })),
      message,
    );
  }
  await db.transaction(async (tx) => {
    for (const row of rows.filter((r) => r.status !== 'SUBMITTED')) {
      const updated = await bumpScore(tx, row, row.version, { status: 'SUBMITTED' });
      if (!updated) throw new AppError('VERSION_CONFLICT');
    }
    await appendAudit(tx, {
      tenantId: c.tenantId,
      actorId: ctx.actor.userId,
      action: 'score.submit',
      entityType: 'cluster',
      entityId: clusterId,
      after: {
        ...input,
        total: totalScore(template.criteria, new Map(rows.map((r) => [r.criterionId, r.value]))),
      },
      requestId: ctx.requestId,
    });
  });
  return getSheet(db, ctx, clusterId, input);
}

export async function editScore(db: Db, ctx: RequestContext, id: string, input: EditScoreInput) {
  const sheet = await requireAccess(db, ctx, 'score:submit', scoreRef(id));
  const { row } = sheet;
  const template = sheetTemplate(ctx.actor, sheet);
  const criterion = template.criteria.find((cr) => cr.id === row.criterionId);
  const value = clampScore(input.value, criterion?.maxPoints ?? 0);
  await db.transaction(async (tx) => {
    await changeCell(tx, ctx, row, { value, version: input.version, reason: input.reason });
  });
  const updated = await findScore(db, ctx.actor.tenantId, id);
  return { id, value: updated!.value, status: updated!.status, version: updated!.version };
}

/** Evidence for a score (a report, a photo, a spreadsheet of figures). */
export const SCORE_EVIDENCE_UPLOAD = uploadEndpoint('/scores/{id}/evidence', 20 * 1024 * 1024);

export async function addEvidence(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  id: string,
  fileName: string,
  bytes: Uint8Array,
) {
  const sheet = await requireAccess(db, ctx, 'score:submit', scoreRef(id));
  const { row } = sheet;
  sheetTemplate(ctx.actor, sheet);
  const upload = await checkUpload(SCORE_EVIDENCE_UPLOAD, fileName, bytes);
  return db.transaction(async (tx) => {
    const stored = await storeUpload(
      tx,
      dataDir,
      { tenantId: row.tenantId, uploadedBy: ctx.actor.userId },
      { recordType: 'score', recordId: id },
      upload,
    );
    const file = { id: stored.id, name: stored.name, sha256: stored.sha256 };
    await appendAudit(tx, {
      tenantId: row.tenantId,
      actorId: ctx.actor.userId,
      action: 'score.evidence',
      entityType: 'score',
      entityId: id,
      after: { file: file.name, sha256: file.sha256 },
      requestId: ctx.requestId,
    });
    return file;
  });
}

export async function getSheet(db: Db, ctx: RequestContext, clusterId: string, sheet: Sheet) {
  const found = await requireAccess(db, ctx, 'cluster:read', scoreSheetRef(clusterId, sheet, 'READER'));
  const { cluster: c, kind } = found;
  const template = sheetTemplate(ctx.actor, found);
  const rows = await listSheet(db, c.tenantId, clusterId, sheet.memberUnitId, sheet.assessorUnitId);
  const evidence = await listEvidence(db, c.tenantId, clusterId);
  const byCriterion = new Map(rows.map((r) => [r.criterionId, r]));
  const status: SheetStatus =
    rows.length === 0 ? 'NONE' : rows.every((r) => r.status === 'SUBMITTED') ? 'SUBMITTED' : 'DRAFT';
  return {
    ...sheet,
    kind,
    status,
    total: totalScore(template.criteria, new Map(rows.map((r) => [r.criterionId, r.value]))),
    cells: template.criteria.map((cr) => {
      const r = byCriterion.get(cr.id);
      return {
        criterionId: cr.id,
        scoreId: r?.id ?? null,
        value: r?.value ?? null,
        note: r?.note ?? null,
        status: r?.status ?? null,
        version: r?.version ?? null,
        evidence: r
          ? evidence.filter((f) => f.scoreId === r.id).map(({ id, name, sha256 }) => ({ id, name, sha256 }))
          : [],
      };
    }),
  };
}

export async function getScoreChanges(db: Db, ctx: RequestContext, clusterId: string) {
  const found = await requireAccess(db, ctx, 'cluster:read', clusterRef(clusterId));
  const rows = await listScoreChanges(db, found.cluster.tenantId, clusterId);
  return rows.map((r) => ({
    id: r.change.id,
    memberUnitName: r.memberUnitName,
    assessorUnitName: r.assessorUnitName,
    criterionCode: r.criterionCode,
    criterionName: r.criterionName,
    oldValue: r.change.oldValue,
    newValue: r.change.newValue,
    reason: r.change.reason,
    changedByName: r.changedByName,
    changedAt: r.change.changedAt.toISOString(),
  }));
}
