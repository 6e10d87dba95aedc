import type { Db, Tx } from '../../db/client';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { findSubject } from '../records/index';
import {
  findAwards,
  findMovementTitle,
  insertModel,
  listModels,
  type ModelRow,
  type ModelStatus,
  replaceModelAwards,
  updateModel,
} from './models.repository';
import type { CreateModelInput, UpdateModelInput } from './models.schemas';
import { activeUnit, MODEL_OFFICE, modelActions, modelRef, modelUnitRef } from './models-access';
import { presentModel, presentSummaries } from './models-present';

const audit = (tx: Tx, ctx: RequestContext, action: string, id: string, after: Record<string, unknown>) =>
  appendAudit(tx, {
    tenantId: ctx.actor.tenantId,
    actorId: ctx.actor.userId,
    action,
    entityType: 'exemplary_model',
    entityId: id,
    after,
    requestId: ctx.requestId,
  });

/** Each listed model with what the actor may do on it (presentSummaries keeps the rows' order). */
function withActions<S>(ctx: RequestContext, rows: ModelRow[], items: S[]) {
  return items.map((item, i) => ({ ...item, allowedActions: modelActions(ctx.actor, rows[i] as ModelRow) }));
}

/** The models of the actor's subtree, any status. */
export async function listMyModels(db: Db, ctx: RequestContext, status?: ModelStatus) {
  // Only the actor's own subtree is read, so the permission is the whole check.
  authorize(ctx.actor, 'model:read');
  const { actor } = ctx;
  const rows = await listModels(db, actor.tenantId, {
    pathPrefix: actor.scopePath,
    statuses: status ? [status] : undefined,
  });
  return { items: withActions(ctx, rows, await presentSummaries(db, actor.tenantId, rows)) };
}

/** The approved (published) models of the whole tenant: what a unit may adopt. */
export async function listPublishedModels(db: Db, ctx: RequestContext) {
  authorize(ctx.actor, 'model:read');
  const rows = await listModels(db, ctx.actor.tenantId, { statuses: ['APPROVED'] });
  return { items: withActions(ctx, rows, await presentSummaries(db, ctx.actor.tenantId, rows)) };
}

/** The emulation office's queue: models submitted for review. */
export async function listReviewQueue(db: Db, ctx: RequestContext) {
  await requireAccess(db, ctx, 'model:review', MODEL_OFFICE);
  const rows = await listModels(db, ctx.actor.tenantId, { statuses: ['SUBMITTED'] });
  return { items: withActions(ctx, rows, await presentSummaries(db, ctx.actor.tenantId, rows)) };
}

export async function getModel(db: Db, ctx: RequestContext, id: string) {
  const model = await requireAccess(db, ctx, 'model:read', modelRef(id));
  return presentModel(db, model);
}

/**
 * The subject must be of the model's kind and belong to the proposing unit's subtree; each award
 * must be the subject's own (for a practice: of someone in the unit's subtree); the movement must
 * be the tenant's.
 */
async function checkLinks(
  tx: Tx,
  tenantId: string,
  unitPath: string,
  input: UpdateModelInput,
): Promise<{ subjectId: string | null; subjectName: string | null }> {
  let subject: { id: string; name: string } | null = null;
  if (input.kind === 'PRACTICE') {
    if (input.subjectId) throw new AppError('MODEL_SUBJECT_MISMATCH');
  } else {
    if (!input.subjectId) throw new AppError('MODEL_SUBJECT_REQUIRED');
    const found = await findSubject(tx, tenantId, input.subjectId);
    if (!found) throw new AppError('NOT_FOUND');
    if (found.type !== input.kind || !found.path.startsWith(unitPath)) {
      throw new AppError('MODEL_SUBJECT_MISMATCH');
    }
    subject = found;
  }
  const awards = await findAwards(tx, tenantId, input.awardIds);
  if (awards.length !== new Set(input.awardIds).size) throw new AppError('RECORD_NOT_FOUND');
  for (const a of awards) {
    if (
      subject
        ? a.subjectId !== subject.id
        : !(await findSubject(tx, tenantId, a.subjectId))?.path.startsWith(unitPath)
    ) {
      throw new AppError('MODEL_AWARD_MISMATCH');
    }
  }
  if (input.movementId && !(await findMovementTitle(tx, tenantId, input.movementId))) {
    throw new AppError('NOT_FOUND');
  }
  return { subjectId: subject?.id ?? null, subjectName: subject?.name ?? null };
}

const fieldsOf = (input: UpdateModelInput) => ({
  kind: input.kind,
  title: input.title,
  story: input.story,
  movementId: input.movementId ?? null,
});

/** A unit proposes a model of its subtree; it stays a draft until submitted. */
export async function createModel(db: Db, ctx: RequestContext, input: CreateModelInput) {
  const unit = await requireAccess(db, ctx, 'model:propose', modelUnitRef(input.unitId));
  activeUnit(unit);
  const tenantId = ctx.actor.tenantId;
  const id = newId();
  await db.transaction(async (tx) => {
    const subject = await checkLinks(tx, tenantId, unit.path, input);
    await insertModel(tx, {
      tenantId,
      id,
      unitId: unit.id,
      ...fieldsOf(input),
      ...subject,
      createdBy: ctx.actor.userId,
    });
    await replaceModelAwards(tx, tenantId, id, input.awardIds);
    await audit(tx, ctx, 'model.create', id, { unitId: unit.id, kind: input.kind, title: input.title });
  });
  return getModel(db, ctx, id);
}

const EDITABLE: ModelStatus[] = ['DRAFT', 'RETURNED'];

export async function editModel(db: Db, ctx: RequestContext, id: string, input: UpdateModelInput) {
  const model = await requireAccess(db, ctx, 'model:propose', modelRef(id));
  await db.transaction(async (tx) => {
    if (!EDITABLE.includes(model.status)) throw new AppError('MODEL_NOT_EDITABLE');
    const subject = await checkLinks(tx, model.tenantId, model.unitPath, input);
    await updateModel(tx, model.tenantId, id, { ...fieldsOf(input), ...subject });
    await replaceModelAwards(tx, model.tenantId, id, input.awardIds);
    await audit(tx, ctx, 'model.update', id, { kind: input.kind, title: input.title });
  });
  return getModel(db, ctx, id);
}

/** Draft or returned → submitted to the emulation office. */
export async function submitModel(db: Db, ctx: RequestContext, id: string) {
  const model = await requireAccess(db, ctx, 'model:propose', modelRef(id));
  await db.transaction(async (tx) => {
    if (!EDITABLE.includes(model.status)) throw new AppError('MODEL_NOT_EDITABLE');
    await updateModel(tx, model.tenantId, id, { status: 'SUBMITTED' });
    await audit(tx, ctx, 'model.submit', id, { from: model.status });
  });
  return getModel(db, ctx, id);
}

async function review(
  db: Db,
  ctx: RequestContext,
  id: string,
  decide: (tx: Tx, model: ModelRow, now: Date) => Promise<void>,
) {
  await db.transaction(async (tx) => {
    const model = await requireAccess(tx, ctx, 'model:review', modelRef(id));
    if (model.status !== 'SUBMITTED') throw new AppError('MODEL_NOT_SUBMITTED');
    await decide(tx, model, new Date());
  });
  return getModel(db, ctx, id);
}

/** The office returns a submitted model with its reason; the unit edits and submits it again. */
export async function returnModel(db: Db, ctx: RequestContext, id: string, reason: string) {
  await requireAccess(db, ctx, 'model:review', MODEL_OFFICE);
  return review(db, ctx, id, async (tx, model, now) => {
    await updateModel(tx, model.tenantId, id, {
      status: 'RETURNED',
      returnReason: reason,
      reviewedBy: ctx.actor.userId,
      reviewedAt: now,
    });
    await audit(tx, ctx, 'model.return', id, { reason });
  });
}

/** The office approves a submitted model, which publishes it on the portal. */
export async function approveModel(db: Db, ctx: RequestContext, id: string) {
  await requireAccess(db, ctx, 'model:review', MODEL_OFFICE);
  return review(db, ctx, id, async (tx, model, now) => {
    await updateModel(tx, model.tenantId, id, {
      status: 'APPROVED',
      returnReason: null,
      reviewedBy: ctx.actor.userId,
      reviewedAt: now,
      publishedAt: now,
    });
    await audit(tx, ctx, 'model.approve', id, { publishedAt: now.toISOString() });
  });
}
