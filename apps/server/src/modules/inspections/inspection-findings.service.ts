import { formatShortDate } from '@vinhdanh/domain/text/vietnamese-date';
import type { Db, Tx } from '../../db/client';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { recordAwardRevocation } from '../decisions/index';
import { findAwardBrief, findSubject, placeHold, releaseHold } from '../records/index';
import { getInspectionPlan } from './inspection-plans.service';
import { findFinding, insertFinding, listPlanUnits, updateFindingRow } from './inspections.repository';
import type { CompleteFindingInput, CreateFindingInput } from './inspections.schemas';
import { INSPECTION_PLAN_ACTIONS, loadPlan } from './inspections-access';

// Findings and recommendations per inspected unit, each with its follow-up deadline. A finding may
// hold a person or collective of the unit (the existing hold, reason THANH_TRA, citing the plan:
// their pending dossiers show it at once) until the recommendation is carried out, or record that
// an award is to be revoked with its ground (Luật TĐKT 2022, Điều 93 khoản 2). The revocation itself
// is the deciding leader's: a user who may revoke there revokes at once (`revokeNow`, the existing
// per-award revocation, as a complaint's conclusion does); otherwise the finding names it for them.

type Plan = Awaited<ReturnType<typeof loadPlan>>;
type PlanUnit = Awaited<ReturnType<typeof listPlanUnits>>[number];

/** The subject held: the named person or collective, or the inspected unit itself. */
async function holdSubject(tx: Tx, ctx: RequestContext, unit: PlanUnit, subjectId: string | undefined) {
  const subject = await findSubject(tx, ctx.actor.tenantId, subjectId ?? unit.unitId);
  if (!subject) throw new AppError('NOT_FOUND');
  if (!subject.path.startsWith(unit.unitPath)) throw new AppError('INSPECTION_SUBJECT_OUTSIDE_UNIT');
  return subject;
}

async function awardToRevoke(tx: Tx, ctx: RequestContext, unit: PlanUnit, awardId: string) {
  const award = await findAwardBrief(tx, ctx.actor.tenantId, awardId);
  if (!award) throw new AppError('RECORD_NOT_FOUND');
  if (award.isRevoked) throw new AppError('AWARD_ALREADY_REVOKED');
  const subject = await findSubject(tx, ctx.actor.tenantId, award.subjectId);
  if (!subject?.path.startsWith(unit.unitPath)) throw new AppError('INSPECTION_AWARD_OUTSIDE_UNIT');
  return award;
}

const cite = (plan: Plan) => `kế hoạch kiểm tra "${plan.plan.title}" năm ${plan.plan.year}`;

export async function createInspectionFinding(
  db: Db,
  ctx: RequestContext,
  planId: string,
  input: CreateFindingInput,
) {
  authorize(ctx.actor, 'inspection:manage');
  await db.transaction(async (tx) => {
    const plan = await loadPlan(tx, ctx, planId);
    // Revoking is the deciding level's power (Law 2022, Điều 93): the inspector's role alone does
    // not give it. Checked before the award is looked at, as the plan's allowedActions decide it.
    if (input.revokeNow && !INSPECTION_PLAN_ACTIONS.revokeNow(ctx.actor, plan))
      throw new AppError('FORBIDDEN');
    const units = await listPlanUnits(tx, ctx.actor.tenantId, planId);
    const unit = units.find((u) => u.unitId === input.unitId);
    if (!unit) throw new AppError('INSPECTION_UNIT_NOT_IN_PLAN');
    const id = newId();
    let subjectId: string | null = null;
    let holdId: string | null = null;
    if (input.action === 'HOLD') {
      const subject = await holdSubject(tx, ctx, unit, input.subjectId);
      subjectId = subject.id;
      holdId = await placeHold(tx, ctx, {
        subjectId: subject.id,
        reason: 'THANH_TRA',
        fromDate: todayVn(),
        note: `Theo kết quả ${cite(plan)} tại ${unit.unitName}: ${input.recommendation} (hạn thực hiện ${formatShortDate(input.followUpDueOn)})`,
        cause: { inspectionFindingId: id, inspectionPlanId: planId },
      });
    }
    const award =
      input.action === 'REVOCATION' && input.awardId
        ? await awardToRevoke(tx, ctx, unit, input.awardId)
        : null;
    if (award && input.ground && input.revokeNow) {
      await recordAwardRevocation(tx, ctx, {
        awardId: award.id,
        decisionId: award.decisionId,
        ground: input.ground,
        revokedOn: todayVn(),
        reason: `Theo kết quả ${cite(plan)} tại ${unit.unitName}: ${input.recommendation}`.slice(0, 2000),
        recoverCertificate: input.recoverCertificate ?? true,
        recoverMoney: input.recoverMoney ?? true,
        origin: { inspectionFindingId: id, inspectionPlanId: planId },
      });
    }
    const row = {
      tenantId: ctx.actor.tenantId,
      id,
      planId,
      unitId: unit.unitId,
      content: input.content,
      recommendation: input.recommendation,
      followUpDueOn: input.followUpDueOn,
      action: input.action,
      subjectId,
      holdId,
      awardId: award?.id ?? null,
      revocationGround: award ? (input.ground ?? null) : null,
      createdBy: ctx.actor.userId,
    };
    await insertFinding(tx, row);
    const { tenantId: _t, ...after } = row;
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'inspection.finding.create',
      entityType: 'inspection_finding',
      entityId: id,
      after,
      requestId: ctx.requestId,
    });
  });
  return getInspectionPlan(db, ctx, planId);
}

/** The recommendation is carried out: the finding's hold, if still open, is released that day. */
export async function completeInspectionFinding(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: CompleteFindingInput,
) {
  authorize(ctx.actor, 'inspection:manage');
  const planId = await db.transaction(async (tx) => {
    const before = await findFinding(tx, ctx.actor.tenantId, id);
    if (!before) throw new AppError('INSPECTION_FINDING_NOT_FOUND');
    const plan = await loadPlan(tx, ctx, before.planId);
    if (before.completedOn !== null) throw new AppError('INSPECTION_FINDING_COMPLETED');
    const today = todayVn();
    const completedOn = input.completedOn ?? today;
    if (completedOn > today)
      throw new AppError('INVALID_INPUT', [
        { path: 'completedOn', message: 'Ngày hoàn thành không được sau ngày hôm nay' },
      ]);
    const after = await updateFindingRow(tx, ctx.actor.tenantId, id, input.version, {
      completedOn,
      completionNote: input.note,
    });
    if (!after) throw new AppError('VERSION_CONFLICT');
    if (before.holdId) {
      await releaseHold(tx, ctx, before.holdId, {
        toDate: today,
        closedReason: `Đã thực hiện kiến nghị theo ${cite(plan)} ngày ${formatShortDate(completedOn)}`,
        cause: { inspectionFindingId: id, inspectionPlanId: plan.plan.id },
      });
    }
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'inspection.finding.complete',
      entityType: 'inspection_finding',
      entityId: id,
      before: { completedOn: null, version: before.version },
      after: { completedOn, completionNote: input.note, version: after.version },
      requestId: ctx.requestId,
    });
    return plan.plan.id;
  });
  return getInspectionPlan(db, ctx, planId);
}
