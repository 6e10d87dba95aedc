import type { AwardCode } from '@vinhdanh/domain/rules/types';
import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { loadTenantRuleSets } from '../rule-params/index';
import { checkInitiativesUsed } from './award-initiatives';
import { awardAmount, checkAwardFits, resolveDecisionRef } from './award-rules';
import {
  type AwardRow,
  deleteAwardRow,
  findAward,
  insertAward,
  markAwardRevoked,
  updateAwardRow,
} from './awards.repository';
import type { CreateAwardInput, RevokeAwardInput, UpdateAwardInput } from './awards.schemas';
import { authorizeSubject } from './record-access';
import type { SignedDecisionCheck } from './signed-decision';
import { auditBase } from './subject';

export const presentAward = ({ tenantId: _t, createdAt: _c, changedAt: _x, ...a }: AwardRow) => a;

/** The award to change, in a transaction: the role first, then authorizeSubject on its subject. */
export async function loadForWrite(tx: Tx, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'record:write');
  const row = await findAward(tx, ctx.actor.tenantId, id);
  if (!row) throw new AppError('RECORD_NOT_FOUND');
  const subject = await authorizeSubject(tx, ctx, row.subjectId, 'record:write');
  return { row, subject };
}

/**
 * A signed decision is a closed legal document: its awards are not added, edited or deleted
 * (a revocation is recorded on the award, and issues its own decision).
 */
async function refuseSignedDecision(
  tx: Tx,
  isDecisionSigned: SignedDecisionCheck,
  tenantId: string,
  ...decisionIds: (string | null)[]
) {
  for (const id of new Set(decisionIds)) {
    if (await isDecisionSigned(tx, tenantId, id)) throw new AppError('DECISION_SIGNED');
  }
}

export async function createAward(
  db: Db,
  ctx: RequestContext,
  input: CreateAwardInput,
  isDecisionSigned: SignedDecisionCheck,
) {
  authorize(ctx.actor, 'record:write');
  const ruleSets = await loadTenantRuleSets(db, ctx.actor.tenantId);
  return db.transaction(async (tx) => {
    const created = await insertNewAward(tx, ctx, input, ruleSets, isDecisionSigned);
    await appendAudit(tx, {
      ...auditBase(ctx, 'award', created.id),
      action: 'award.create',
      after: presentAward(created),
    });
    return presentAward(created);
  });
}

/**
 * The write of createAward without its audit event, inside the caller's transaction. Only
 * createAward and the bench's baseline for the audit's cost (bench/writes.bench.ts) call it.
 */
export async function insertNewAward(
  tx: Tx,
  ctx: RequestContext,
  input: CreateAwardInput,
  ruleSets: Awaited<ReturnType<typeof loadTenantRuleSets>>,
  isDecisionSigned: SignedDecisionCheck,
): Promise<AwardRow> {
  // Exported for the bench, so it asks the access layer itself (the subject's scope follows).
  authorize(ctx.actor, 'record:write');
  const subject = await authorizeSubject(tx, ctx, input.subjectId, 'record:write');
  checkAwardFits(ruleSets, subject, input.awardCode, input.kind, input.year);
  const ref = await resolveDecisionRef(tx, ctx, input);
  await refuseSignedDecision(tx, isDecisionSigned, ctx.actor.tenantId, ref.decisionId);
  const initiativesUsed = input.initiativesUsed ?? [];
  await checkInitiativesUsed(tx, subject, initiativesUsed, null);
  const row = {
    tenantId: ctx.actor.tenantId,
    id: newId(),
    subjectType: subject.type,
    subjectId: subject.id,
    awardCode: input.awardCode as AwardCode,
    kind: input.kind,
    year: input.year,
    periodStartYear: input.periodStartYear ?? null,
    achievement: input.achievement ?? null,
    initiativesUsed,
    ...ref,
    amountVnd: awardAmount(ruleSets, subject, input.awardCode as AwardCode, ref.decisionDate),
  };
  await insertAward(tx, row);
  return (await findAward(tx, ctx.actor.tenantId, row.id)) as AwardRow;
}

export async function updateAward(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: UpdateAwardInput,
  isDecisionSigned: SignedDecisionCheck,
) {
  authorize(ctx.actor, 'record:write');
  const ruleSets = await loadTenantRuleSets(db, ctx.actor.tenantId);
  return db.transaction(async (tx) => {
    const { row: before, subject } = await loadForWrite(tx, ctx, id);
    if (before.isRevoked) throw new AppError('AWARD_ALREADY_REVOKED');
    const { version, ...fields } = input;
    const awardCode = (fields.awardCode ?? before.awardCode) as AwardCode;
    const kind = fields.kind ?? before.kind;
    checkAwardFits(ruleSets, subject, awardCode, kind, fields.year ?? before.year);
    const refChanged = ['decisionId', 'decisionNumber', 'decisionDate'].some((k) => k in fields);
    const ref = refChanged
      ? await resolveDecisionRef(tx, ctx, fields)
      : {
          decisionId: before.decisionId,
          decisionNumber: before.decisionNumber,
          decisionDate: before.decisionDate,
        };
    // The initiatives an award used are the records' bookkeeping for the engine, printed nowhere in the
    // decision: the officer may record them on an award of a signed decision (the workflow writes its
    // awards when the decision is issued, and the dossier's verdict does not name them), and nothing else.
    const onlyGrounds = Object.keys(fields).every((k) => k === 'initiativesUsed');
    if (!onlyGrounds)
      await refuseSignedDecision(tx, isDecisionSigned, ctx.actor.tenantId, before.decisionId, ref.decisionId);
    const initiativesUsed = fields.initiativesUsed ?? before.initiativesUsed;
    if (fields.initiativesUsed) await checkInitiativesUsed(tx, subject, initiativesUsed, id);
    const year = fields.year ?? before.year;
    const periodStartYear =
      fields.periodStartYear !== undefined ? fields.periodStartYear : before.periodStartYear;
    if (periodStartYear !== null && periodStartYear > year) {
      throw new AppError('INVALID_INPUT', [
        { path: 'periodStartYear', message: 'Năm bắt đầu giai đoạn phải không sau năm thành tích' },
      ]);
    }
    const after = await updateAwardRow(tx, ctx.actor.tenantId, id, version, {
      awardCode,
      kind,
      year,
      periodStartYear,
      achievement: fields.achievement !== undefined ? fields.achievement : before.achievement,
      initiativesUsed,
      ...ref,
      amountVnd: awardAmount(ruleSets, subject, awardCode, ref.decisionDate),
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      ...auditBase(ctx, 'award', id),
      action: 'award.update',
      before: presentAward(before),
      after: presentAward(after),
    });
    return presentAward(after);
  });
}

/**
 * Revocation (Law 2022, Điều 93, khoản 2) keeps the award on record, marked, so the
 * history stays true; the engine then leaves it out of every criterion.
 */
export async function revokeAward(db: Db, ctx: RequestContext, id: string, input: RevokeAwardInput) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const { row: before } = await loadForWrite(tx, ctx, id);
    if (before.isRevoked) throw new AppError('AWARD_ALREADY_REVOKED');
    if (before.decisionDate && input.revokedOn < before.decisionDate) {
      throw new AppError('INVALID_INPUT', [
        { path: 'revokedOn', message: 'Ngày thu hồi phải sau ngày quyết định' },
      ]);
    }
    const after = await markAwardRevoked(
      tx,
      ctx.actor.tenantId,
      id,
      { revokedOn: input.revokedOn, ground: input.ground },
      { version: input.version },
    );
    if (!after) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      ...auditBase(ctx, 'award', id),
      action: 'award.revoke',
      before: presentAward(before),
      after: presentAward(after),
    });
    return presentAward(after);
  });
}

/** For entry mistakes only: a revoked award is history and stays. */
export async function deleteAward(
  db: Db,
  ctx: RequestContext,
  id: string,
  isDecisionSigned: SignedDecisionCheck,
) {
  authorize(ctx.actor, 'record:write');
  return db.transaction(async (tx) => {
    const { row: before } = await loadForWrite(tx, ctx, id);
    if (before.isRevoked) throw new AppError('AWARD_ALREADY_REVOKED');
    await refuseSignedDecision(tx, isDecisionSigned, ctx.actor.tenantId, before.decisionId);
    await deleteAwardRow(tx, ctx.actor.tenantId, id);
    await appendAudit(tx, {
      ...auditBase(ctx, 'award', id),
      action: 'award.delete',
      before: presentAward(before),
    });
    return { id };
  });
}
