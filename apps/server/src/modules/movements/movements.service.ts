import {
  awardKindFor,
  type MovementScope,
  type MovementState,
  nextMovementStates,
  transitionMovement,
} from '@vinhdanh/domain/emulation/movement';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { award, awardMovement, movement, orgUnit, person } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { checkUpload, storeUpload, uploadEndpoint } from '../../platform/upload/index';
import { findUnit, unitRef } from '../org-units/index';
import { loadTenantRuleSets, requireAward } from '../rule-params/index';
import { movementActions, movementRef } from './movement-access';
import {
  bumpMovement,
  countActiveUnitsUnder,
  findFile,
  findUnitsByIds,
  listMilestones,
  listMovementAwards,
  listMovementRegistrations,
  listMovements,
  listParticipantUnits,
  replaceMilestones,
  replaceParticipants,
} from './movements.repository';
import type {
  CreateMovementInput,
  MovementAwardInput,
  MovementDocumentQuery,
  UpdateMovementInput,
} from './movements.schemas';

/** Participating units must sit inside the launching unit's subtree. */
async function checkParticipants(
  db: Db,
  ctx: RequestContext,
  ownerPath: string,
  rootId?: string | null,
  ids?: string[],
) {
  const all = [...(rootId ? [rootId] : []), ...(ids ?? [])];
  const units = await findUnitsByIds(db, ctx.actor.tenantId, [...new Set(all)]);
  if (units.length !== new Set(all).size || units.some((u) => !u.path.startsWith(ownerPath))) {
    throw new AppError('INVALID_INPUT', [
      { path: 'participantUnitIds', message: 'Đơn vị tham gia phải thuộc phạm vi của đơn vị phát động' },
    ]);
  }
}

export async function getMovements(db: Db, ctx: RequestContext, year?: number) {
  authorize(ctx.actor, 'movement:read');
  const rows = await listMovements(db, ctx.actor.tenantId, ctx.actor.scopePath, year);
  return rows.map(({ movement: m }) => summary(m));
}

// The state and scope columns are plain text, written only through the zod inputs (z.enum over the
// domain's lists) and the domain's transitions, so they hold the domain's values.
function summary(m: typeof movement.$inferSelect) {
  return {
    id: m.id,
    form: m.form,
    title: m.title,
    year: m.year,
    state: m.state as MovementState,
    launchingAuthority: m.launchingAuthority,
    startDate: m.startDate,
    endDate: m.endDate,
    version: m.version,
  };
}

export async function createMovement(db: Db, ctx: RequestContext, input: CreateMovementInput) {
  const owner = await requireAccess(db, ctx, 'movement:manage', unitRef(input.ownerUnitId));
  await checkParticipants(db, ctx, owner.path, input.participationRootId, input.participantUnitIds);
  const { milestones = [], participantUnitIds = [], ...fields } = input;
  const id = newId();
  const tenantId = ctx.actor.tenantId;
  await db.transaction(async (tx) => {
    await tx.insert(movement).values({ ...fields, tenantId, id, state: 'DRAFT' });
    await replaceMilestones(
      tx,
      tenantId,
      id,
      milestones.map((ms) => ({ ...ms, tenantId, id: newId(), movementId: id })),
    );
    if (input.participation === 'LIST') await replaceParticipants(tx, tenantId, id, participantUnitIds);
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'movement.create',
      entityType: 'movement',
      entityId: id,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getMovement(db, ctx, id);
}

export async function updateMovement(db: Db, ctx: RequestContext, id: string, input: UpdateMovementInput) {
  const found = await requireAccess(db, ctx, 'movement:manage', movementRef(id));
  if (found.movement.state === 'CLOSED') throw new AppError('MOVEMENT_INVALID_TRANSITION');
  await checkParticipants(db, ctx, found.ownerPath, input.participationRootId, input.participantUnitIds);
  const { version, milestones, participantUnitIds, ...set } = input;
  const tenantId = ctx.actor.tenantId;
  await db.transaction(async (tx) => {
    const row = await bumpMovement(tx, tenantId, id, version, set);
    if (!row) throw new AppError('VERSION_CONFLICT');
    if (milestones)
      await replaceMilestones(
        tx,
        tenantId,
        id,
        milestones.map((ms) => ({ ...ms, tenantId, id: newId(), movementId: id })),
      );
    if (participantUnitIds) await replaceParticipants(tx, tenantId, id, participantUnitIds);
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'movement.update',
      entityType: 'movement',
      entityId: id,
      before: summary(found.movement),
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getMovement(db, ctx, id);
}

export async function changeMovementState(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: { version: number; to: MovementState },
) {
  const found = await requireAccess(db, ctx, 'movement:manage', movementRef(id));
  const m = found.movement;
  const result = transitionMovement({ ...m, state: m.state as MovementState }, input.to);
  if (!result.ok)
    throw new AppError(
      result.reason === 'MISSING_DATES' ? 'MOVEMENT_DATES_REQUIRED' : 'MOVEMENT_INVALID_TRANSITION',
    );
  await db.transaction(async (tx) => {
    const row = await bumpMovement(tx, m.tenantId, id, input.version, { state: result.state });
    if (!row) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      tenantId: m.tenantId,
      actorId: ctx.actor.userId,
      action: 'movement.transition',
      entityType: 'movement',
      entityId: id,
      before: { state: m.state },
      after: { state: result.state },
      requestId: ctx.requestId,
    });
  });
  return getMovement(db, ctx, id);
}

/** The launch document (kế hoạch, công văn phát động): a scanned PDF or a Word file. */
export const MOVEMENT_DOCUMENT_UPLOAD = uploadEndpoint('/movements/{id}/document', 20 * 1024 * 1024);

export async function attachMovementDocument(
  db: Db,
  dataDir: string,
  ctx: RequestContext,
  id: string,
  input: MovementDocumentQuery,
  bytes: Uint8Array,
) {
  const found = await requireAccess(db, ctx, 'movement:manage', movementRef(id));
  const upload = await checkUpload(MOVEMENT_DOCUMENT_UPLOAD, input.name, bytes);
  const tenantId = ctx.actor.tenantId;
  await db.transaction(async (tx) => {
    const file = await storeUpload(
      tx,
      dataDir,
      { tenantId, uploadedBy: ctx.actor.userId },
      { recordType: 'movement', recordId: id },
      upload,
    );
    const row = await bumpMovement(tx, tenantId, id, input.version, { launchDocFileId: file.id });
    if (!row) throw new AppError('VERSION_CONFLICT');
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'movement.document',
      entityType: 'movement',
      entityId: id,
      before: { launchDocFileId: found.movement.launchDocFileId },
      after: { file: file.name, sha256: file.sha256 },
      requestId: ctx.requestId,
    });
  });
  return getMovement(db, ctx, id);
}

/** The subject's unit path, for scope: a person's unit, or the collective unit itself. */
async function subjectPath(db: Db, tenantId: string, input: MovementAwardInput) {
  if (input.subjectType === 'PERSON') {
    const [row] = await db
      .select({ path: orgUnit.path })
      .from(person)
      .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
      .where(and(eq(person.tenantId, tenantId), eq(person.id, input.subjectId)))
      .limit(1);
    if (!row) throw new AppError('PERSON_NOT_FOUND');
    return row.path;
  }
  const unit = await findUnit(db, tenantId, input.subjectId);
  if (!unit) throw new AppError('ORG_UNIT_NOT_FOUND');
  return unit.path;
}

/**
 * Records an award given under the movement. Its kind follows the movement's form: awards of a
 * thematic movement are CHUYEN_DE, so the rules engine keeps them out of merit chains (ND 152).
 */
export async function addMovementAward(db: Db, ctx: RequestContext, id: string, input: MovementAwardInput) {
  const found = await requireAccess(db, ctx, 'movement:manage', movementRef(id));
  const tenantId = ctx.actor.tenantId;
  const path = await subjectPath(db, tenantId, input);
  authorize(ctx.actor, 'movement:manage', { tenantId, path });
  const catalogue = (await loadTenantRuleSets(db, tenantId)).names(`${input.year}-12-31`);
  requireAward(catalogue, input.awardCode, 'awardCode');
  const awardId = newId();
  const kind = awardKindFor(found.movement.form);
  await db.transaction(async (tx) => {
    await tx.insert(award).values({
      tenantId,
      id: awardId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      awardCode: input.awardCode,
      kind,
      year: input.year,
      decisionNumber: input.decisionNumber ?? null,
      decisionDate: input.decisionDate ?? null,
      achievement: input.achievement ?? null,
    });
    await tx.insert(awardMovement).values({ tenantId, awardId, movementId: id });
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'movement.award',
      entityType: 'award',
      entityId: awardId,
      after: { ...input, kind, movementId: id },
      requestId: ctx.requestId,
    });
  });
  return { id: awardId, kind };
}

export async function getMovement(db: Db, ctx: RequestContext, id: string) {
  const found = await requireAccess(db, ctx, 'movement:read', movementRef(id));
  const m = found.movement;
  const tenantId = m.tenantId;
  const rootId =
    m.participation === 'TENANT' ? (found.ownerPath.split('/')[1] ?? null) : m.participationRootId;
  const rootUnit = rootId ? await findUnit(db, tenantId, rootId) : undefined;
  // One query at a time: `db` may be a transaction (pg 9 refuses concurrent queries on one client).
  const milestones = await listMilestones(db, tenantId, id);
  const units = await listParticipantUnits(db, m, rootId);
  // Registrations are the units' own business: each reader sees those of its subtree.
  const regs = (await listMovementRegistrations(db, tenantId, id)).filter((r) =>
    r.unitPath.startsWith(ctx.actor.scopePath),
  );
  const awards = await listMovementAwards(db, tenantId, id);
  const doc = await findFile(db, tenantId, m.launchDocFileId);
  const participantCount =
    m.participation === 'LIST'
      ? units.length
      : rootUnit
        ? await countActiveUnitsUnder(db, tenantId, rootUnit.path)
        : 0;
  return {
    ...summary(m),
    theme: m.theme,
    level: m.level,
    scope: m.scope as MovementScope,
    ownerUnitId: m.ownerUnitId,
    ownerUnitName: found.ownerName,
    participation: m.participation,
    participationRootId: m.participationRootId,
    goals: m.goals,
    criteria: m.criteria,
    nextStates: [...nextMovementStates(m.state as MovementState)],
    allowedActions: movementActions(ctx.actor, found),
    launchDocument: doc,
    milestones: milestones.map((ms) => ({ id: ms.id, kind: ms.kind, dueOn: ms.dueOn, note: ms.note })),
    participants: units.map((u) => ({
      id: u.id,
      name: u.name,
      registered: regs.some((r) => r.unitPath.startsWith(u.path)),
    })),
    participantCount,
    registrations: regs.map((r) => ({
      id: r.registration.id,
      unitName: r.unitName,
      personName: r.personName,
      targetAwards: r.registration.targetAwards,
    })),
    awards,
  };
}
