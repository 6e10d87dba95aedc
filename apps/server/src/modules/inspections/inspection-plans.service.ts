import type { Db, Tx } from '../../db/client';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  deletePlanRows,
  findUnitRow,
  insertPlan,
  listFindings,
  listPlansUnder,
  listPlanUnits,
  replacePlanUnits,
  updatePlanRow,
} from './inspections.repository';
import type { CreatePlanInput, UpdatePlanInput } from './inspections.schemas';
import { inspectionPlanActions, loadPlan, loadUnitInScope, planRef } from './inspections-access';
import { presentFinding } from './inspections-present';

// The yearly inspection plan (kế hoạch kiểm tra công tác thi đua, khen thưởng): the inspecting
// unit, the units it inspects and the dates of each visit.

const audit = (
  ctx: RequestContext,
  action: string,
  entityId: string,
  data: { before?: unknown; after?: unknown },
) => ({
  tenantId: ctx.actor.tenantId,
  actorId: ctx.actor.userId,
  action,
  entityType: 'inspection_plan',
  entityId,
  requestId: ctx.requestId,
  ...data,
});

/** Every inspected unit is the inspecting unit or lies under it; new ones must still be active. */
async function checkUnits(
  tx: Tx,
  ctx: RequestContext,
  ownerPath: string,
  units: CreatePlanInput['units'],
  kept: ReadonlySet<string> = new Set(),
) {
  for (const u of units) {
    const unit = await findUnitRow(tx, ctx.actor.tenantId, u.unitId);
    if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
    if (!unit.path.startsWith(ownerPath)) throw new AppError('INSPECTION_UNIT_OUTSIDE_PLAN');
    if (unit.status !== 'ACTIVE' && !kept.has(u.unitId)) throw new AppError('UNIT_NOT_ACTIVE');
  }
  return units.map((u) => ({ id: newId(), ...u }));
}

export async function listInspectionPlans(db: Db, ctx: RequestContext, year?: number) {
  authorize(ctx.actor, 'inspection:manage');
  const rows = await listPlansUnder(db, ctx.actor.tenantId, ctx.actor.scopePath, year);
  return {
    items: rows.map((r) => ({
      id: r.plan.id,
      unitId: r.plan.unitId,
      unitName: r.unitName,
      year: r.plan.year,
      title: r.plan.title,
      basis: r.plan.basis,
      unitCount: Number(r.unitCount),
      findingCount: Number(r.findingCount),
      openFindingCount: Number(r.openFindingCount),
      version: r.plan.version,
    })),
  };
}

export async function getInspectionPlan(db: Db | Tx, ctx: RequestContext, id: string) {
  const found = await requireAccess(db, ctx, 'inspection:manage', planRef(id));
  const units = await listPlanUnits(db, ctx.actor.tenantId, id);
  const findings = await listFindings(db, ctx.actor.tenantId, id);
  const presented = [];
  // One after another: PGlite has one connection, and a plan has a handful of findings.
  for (const f of findings)
    presented.push(await presentFinding(db, ctx.actor.tenantId, f.finding, f.unitName));
  const { plan } = found;
  return {
    id: plan.id,
    unitId: plan.unitId,
    unitName: found.unitName,
    year: plan.year,
    title: plan.title,
    basis: plan.basis,
    unitCount: units.length,
    findingCount: findings.length,
    openFindingCount: findings.filter((f) => f.finding.completedOn === null).length,
    version: plan.version,
    units: units.map(({ unitId, unitName, startsOn, endsOn }) => ({ unitId, unitName, startsOn, endsOn })),
    findings: presented,
    allowedActions: inspectionPlanActions(ctx.actor, found),
  };
}

export async function createInspectionPlan(db: Db, ctx: RequestContext, input: CreatePlanInput) {
  authorize(ctx.actor, 'inspection:manage');
  const id = newId();
  await db
    .transaction(async (tx) => {
      const owner = await loadUnitInScope(tx, ctx, input.unitId);
      if (owner.status !== 'ACTIVE') throw new AppError('UNIT_NOT_ACTIVE');
      const units = await checkUnits(tx, ctx, owner.path, input.units);
      await insertPlan(tx, {
        tenantId: ctx.actor.tenantId,
        id,
        unitId: owner.id,
        year: input.year,
        title: input.title,
        basis: input.basis || null,
        createdBy: ctx.actor.userId,
      });
      await replacePlanUnits(tx, ctx.actor.tenantId, id, units);
      await appendAudit(tx, audit(ctx, 'inspection.plan.create', id, { after: input }));
    })
    .catch(rethrowUnique('INSPECTION_PLAN_DUPLICATE'));
  return getInspectionPlan(db, ctx, id);
}

export async function updateInspectionPlan(db: Db, ctx: RequestContext, id: string, input: UpdatePlanInput) {
  authorize(ctx.actor, 'inspection:manage');
  await db
    .transaction(async (tx) => {
      const found = await loadPlan(tx, ctx, id);
      const before = await listPlanUnits(tx, ctx.actor.tenantId, id);
      const units = await checkUnits(
        tx,
        ctx,
        found.unitPath,
        input.units,
        new Set(before.map((u) => u.unitId)),
      );
      // A unit with findings stays in the plan: its findings and follow-ups are the report's.
      const findings = await listFindings(tx, ctx.actor.tenantId, id);
      const staying = new Set(input.units.map((u) => u.unitId));
      if (findings.some((f) => !staying.has(f.finding.unitId)))
        throw new AppError('INSPECTION_UNIT_HAS_FINDINGS');
      const after = await updatePlanRow(tx, ctx.actor.tenantId, id, input.version, {
        title: input.title,
        basis: input.basis || null,
      });
      if (!after) throw new AppError('VERSION_CONFLICT');
      await replacePlanUnits(tx, ctx.actor.tenantId, id, units);
      await appendAudit(
        tx,
        audit(ctx, 'inspection.plan.update', id, {
          before: {
            title: found.plan.title,
            basis: found.plan.basis,
            units: before.map(({ unitId, startsOn, endsOn }) => ({ unitId, startsOn, endsOn })),
          },
          after: { title: input.title, basis: input.basis ?? null, units: input.units },
        }),
      );
    })
    .catch(rethrowUnique('INSPECTION_PLAN_DUPLICATE'));
  return getInspectionPlan(db, ctx, id);
}

/** Only a plan with no findings goes: a finding is a record of what was found, kept with its plan. */
export async function deleteInspectionPlan(db: Db, ctx: RequestContext, id: string) {
  authorize(ctx.actor, 'inspection:manage');
  return db.transaction(async (tx) => {
    const found = await loadPlan(tx, ctx, id);
    if ((await listFindings(tx, ctx.actor.tenantId, id)).length > 0)
      throw new AppError('INSPECTION_PLAN_HAS_FINDINGS');
    await deletePlanRows(tx, ctx.actor.tenantId, id);
    const { tenantId: _t, createdAt: _c, ...before } = found.plan;
    await appendAudit(tx, audit(ctx, 'inspection.plan.delete', id, { before }));
    return { id };
  });
}
