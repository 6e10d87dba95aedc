import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { awardName } from '@vinhdanh/domain/documents/award-phrases';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { todayVn } from '../../platform/clock';
import { loadDocumentSettings } from '../documents/index';
import { findSubject } from '../records/index';
import {
  type ConferenceDocInput,
  renderHonourListDocx,
  renderInvitationsDocx,
} from './model-conference-docx';
import {
  insertConference,
  insertHonouree,
  listConferences,
  listHonourees,
} from './model-conferences.repository';
import { findAwards, findModel, findUnitRow } from './models.repository';
import type { AddHonoureeInput, CreateConferenceInput } from './models.schemas';
import { conferenceRef, MODEL_OFFICE } from './models-access';

// The conference honouring exemplary models (hội nghị điển hình tiên tiến) is the emulation
// office's: its honourees come from approved models and from awards, and it prints the honour list
// and the invitations.

export async function listModelConferences(db: Db, ctx: RequestContext) {
  await requireAccess(db, ctx, 'model:review', MODEL_OFFICE);
  const rows = await listConferences(db, ctx.actor.tenantId);
  return { items: rows.map((c) => ({ id: c.id, title: c.title, heldOn: c.heldOn, venue: c.venue })) };
}

export async function getModelConference(db: Db, ctx: RequestContext, id: string) {
  const c = await requireAccess(db, ctx, 'model:review', conferenceRef(id));
  const honourees = await listHonourees(db, c.tenantId, c.id);
  return {
    id: c.id,
    title: c.title,
    heldOn: c.heldOn,
    venue: c.venue,
    honourees: honourees.map((h) => ({
      id: h.id,
      modelId: h.modelId,
      awardId: h.awardId,
      name: h.name,
      unitName: h.unitName,
      citation: h.citation,
    })),
  };
}

export async function createModelConference(db: Db, ctx: RequestContext, input: CreateConferenceInput) {
  await requireAccess(db, ctx, 'model:review', MODEL_OFFICE);
  const id = newId();
  await db.transaction(async (tx) => {
    await insertConference(tx, { tenantId: ctx.actor.tenantId, id, ...input, createdBy: ctx.actor.userId });
    await appendAudit(tx, {
      tenantId: ctx.actor.tenantId,
      actorId: ctx.actor.userId,
      action: 'model.conference.create',
      entityType: 'model_conference',
      entityId: id,
      after: input,
      requestId: ctx.requestId,
    });
  });
  return getModelConference(db, ctx, id);
}

/** Name, unit and citation of an approved model or of an award that stands (not revoked). */
async function honoureeOf(db: Db, tenantId: string, input: AddHonoureeInput) {
  if ('modelId' in input) {
    const model = await findModel(db, tenantId, input.modelId);
    if (!model) throw new AppError('MODEL_NOT_FOUND');
    if (model.status !== 'APPROVED') throw new AppError('MODEL_NOT_APPROVED');
    return {
      modelId: model.id,
      name: model.subjectName ?? model.title,
      unitName: model.unitName,
      citation: model.kind === 'PRACTICE' ? `Cách làm hay "${model.title}"` : model.title,
    };
  }
  const [a] = await findAwards(db, tenantId, [input.awardId]);
  if (!a) throw new AppError('RECORD_NOT_FOUND');
  if (a.isRevoked) throw new AppError('AWARD_ALREADY_REVOKED');
  const subject = await findSubject(db, tenantId, a.subjectId);
  if (!subject) throw new AppError('RECORD_NOT_FOUND');
  // The subject's unit is the last segment of its path (a person's unit, or the unit itself).
  const unitId = subject.path.split('/').filter(Boolean).at(-1) ?? '';
  const unit = await findUnitRow(db, tenantId, unitId);
  return {
    awardId: a.id,
    name: subject.name,
    unitName: unit?.name ?? '',
    citation: `${awardName(a.awardCode)} năm ${a.year}`,
  };
}

export async function addConferenceHonouree(
  db: Db,
  ctx: RequestContext,
  id: string,
  input: AddHonoureeInput,
) {
  const c = await requireAccess(db, ctx, 'model:review', conferenceRef(id));
  const honouree = await honoureeOf(db, c.tenantId, input);
  await db
    .transaction(async (tx) => {
      const honoureeId = newId();
      await insertHonouree(tx, { tenantId: c.tenantId, id: honoureeId, conferenceId: c.id, ...honouree });
      await appendAudit(tx, {
        tenantId: c.tenantId,
        actorId: ctx.actor.userId,
        action: 'model.conference.honouree',
        entityType: 'model_conference',
        entityId: c.id,
        after: { honoureeId, ...honouree },
        requestId: ctx.requestId,
      });
    })
    .catch(rethrowUnique('CONFERENCE_HONOUREE_DUPLICATE'));
  return getModelConference(db, ctx, id);
}

/** After the caller's requireAccess: the conference's page and the letterhead of its documents. */
async function docInput(db: Db, ctx: RequestContext, id: string): Promise<ConferenceDocInput> {
  const c = await getModelConference(db, ctx, id);
  const settings = await loadDocumentSettings(db, ctx.actor.tenantId);
  const rootId = tenantRootPath(ctx.actor).split('/')[1] ?? '';
  const root = await findUnitRow(db, ctx.actor.tenantId, rootId);
  return {
    conference: c,
    issuingBody: root?.name ?? '',
    parentBody: settings.parentBody,
    placeName: settings.placeName,
    date: todayVn(),
    signerTitle: settings.signerTitle.split('\n'),
    honourees: c.honourees,
  };
}

const fileBase = (title: string) => title.replace(/[^\p{L}\d-]+/gu, '-').replace(/^-|-$/g, '');

export async function conferenceHonourListDocx(db: Db, ctx: RequestContext, id: string) {
  await requireAccess(db, ctx, 'model:review', conferenceRef(id));
  const input = await docInput(db, ctx, id);
  return {
    file: await renderHonourListDocx(input),
    name: `danh-sach-vinh-danh-${fileBase(input.conference.title)}.docx`,
  };
}

export async function conferenceInvitationsDocx(db: Db, ctx: RequestContext, id: string) {
  await requireAccess(db, ctx, 'model:review', conferenceRef(id));
  const input = await docInput(db, ctx, id);
  return {
    file: await renderInvitationsDocx(input),
    name: `giay-moi-${fileBase(input.conference.title)}.docx`,
  };
}
