import { z } from '@hono/zod-openapi';
import { MODEL_KINDS, MODEL_STATUSES } from '../../db/schema/models';
import { allowedActionsSchema } from '../../lib/openapi';
import { uploadNameField } from '../../platform/upload/index';
import { MODEL_ACTIONS } from './models-access';

const uuid = (what: string) => z.uuid({ error: `Mã ${what} không hợp lệ` });
const isoDate = z.iso.date({ error: 'Ngày không hợp lệ (định dạng YYYY-MM-DD)' });

export const modelIdParam = z.object({ id: uuid('điển hình') });
export const modelPhotoParams = z.object({ id: uuid('điển hình'), photoId: uuid('ảnh') });

const modelFields = {
  kind: z.enum(MODEL_KINDS, { error: 'Loại điển hình phải là cá nhân, tập thể hoặc cách làm hay' }),
  /** The person or collective (org unit, team) of a PERSON or COLLECTIVE model. */
  subjectId: uuid('cá nhân, tập thể').optional(),
  title: z
    .string()
    .trim()
    .min(5, { error: 'Tên điển hình tối thiểu 5 ký tự' })
    .max(300, { error: 'Tên điển hình tối đa 300 ký tự' }),
  story: z
    .string()
    .trim()
    .min(20, { error: 'Câu chuyện điển hình tối thiểu 20 ký tự' })
    .max(20_000, { error: 'Câu chuyện điển hình tối đa 20.000 ký tự' }),
  movementId: uuid('phong trào').optional(),
  awardIds: z.array(uuid('khen thưởng')).max(20, { error: 'Tối đa 20 khen thưởng' }).default([]),
};

export const createModelInput = z
  .object({ unitId: uuid('đơn vị'), ...modelFields })
  .openapi('CreateExemplaryModel');
export type CreateModelInput = z.infer<typeof createModelInput>;

export const updateModelInput = z.object(modelFields).openapi('UpdateExemplaryModel');
export type UpdateModelInput = z.infer<typeof updateModelInput>;

export const returnModelInput = z
  .object({
    reason: z
      .string()
      .trim()
      .min(5, { error: 'Lý do trả lại tối thiểu 5 ký tự' })
      .max(2000, { error: 'Lý do trả lại tối đa 2.000 ký tự' }),
  })
  .openapi('ReturnExemplaryModel');

export const adoptModelInput = z
  .object({
    unitId: uuid('đơn vị'),
    note: z
      .string()
      .trim()
      .min(5, { error: 'Ghi chú nhân rộng tối thiểu 5 ký tự' })
      .max(2000, { error: 'Ghi chú nhân rộng tối đa 2.000 ký tự' }),
    adoptedOn: isoDate.optional(),
  })
  .openapi('AdoptExemplaryModel');
export type AdoptModelInput = z.infer<typeof adoptModelInput>;

export const modelListQuery = z.object({
  status: z.enum(MODEL_STATUSES).optional(),
});

/** Photos come as the raw body: phone pictures run to several MB. */
export const MAX_MODEL_PHOTO_BYTES = 15 * 1024 * 1024;
export const photoUploadQuery = z.object({
  name: uploadNameField,
  caption: z.string().trim().max(300, { error: 'Chú thích ảnh tối đa 300 ký tự' }).optional(),
});

const photoOutput = z.object({
  id: z.string(),
  width: z.number(),
  height: z.number(),
  caption: z.string().nullable(),
});

const adoptionOutput = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  note: z.string(),
  adoptedOn: z.string(),
});

export const modelSummaryOutput = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    kind: z.enum(MODEL_KINDS),
    subjectName: z.string().nullable(),
    title: z.string(),
    status: z.enum(MODEL_STATUSES),
    returnReason: z.string().nullable(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string(),
    adoptionCount: z.number(),
  })
  .openapi('ExemplaryModelSummary');

export const modelOutput = modelSummaryOutput
  .extend({
    subjectId: z.string().nullable(),
    story: z.string(),
    movementId: z.string().nullable(),
    movementTitle: z.string().nullable(),
    awards: z.array(
      z.object({
        id: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
        year: z.number(),
        isRevoked: z.boolean(),
      }),
    ),
    photos: z.array(photoOutput),
    adoptions: z.array(adoptionOutput),
    reviewedAt: z.string().nullable(),
  })
  .openapi('ExemplaryModel');

/** A model in the console's lists, with what the current user may do on it (models-access.ts MODEL_ACTIONS). */
const modelListItem = modelSummaryOutput
  .extend({ allowedActions: allowedActionsSchema('ExemplaryModelAllowedActions', MODEL_ACTIONS) })
  .openapi('ExemplaryModelListItem');

export const modelListOutput = z.object({ items: z.array(modelListItem) }).openapi('ExemplaryModelList');
export const photoCreatedOutput = photoOutput.openapi('ExemplaryModelPhoto');
export const adoptionCreatedOutput = adoptionOutput.openapi('ExemplaryModelAdoption');

export const conferenceIdParam = z.object({ id: uuid('hội nghị') });

export const createConferenceInput = z
  .object({
    title: z
      .string()
      .trim()
      .min(5, { error: 'Tên hội nghị tối thiểu 5 ký tự' })
      .max(300, { error: 'Tên hội nghị tối đa 300 ký tự' }),
    heldOn: isoDate,
    venue: z
      .string()
      .trim()
      .min(3, { error: 'Địa điểm tối thiểu 3 ký tự' })
      .max(300, { error: 'Địa điểm tối đa 300 ký tự' }),
  })
  .openapi('CreateModelConference');
export type CreateConferenceInput = z.infer<typeof createConferenceInput>;

/** An honouree is drawn from an approved model or from an award, never typed in freely. */
export const addHonoureeInput = z
  .union([
    z.object({ modelId: uuid('điển hình') }).strict(),
    z.object({ awardId: uuid('khen thưởng') }).strict(),
  ])
  .openapi('AddConferenceHonouree');
export type AddHonoureeInput = z.infer<typeof addHonoureeInput>;

export const conferenceOutput = z
  .object({
    id: z.string(),
    title: z.string(),
    heldOn: z.string(),
    venue: z.string(),
    honourees: z.array(
      z.object({
        id: z.string(),
        modelId: z.string().nullable(),
        awardId: z.string().nullable(),
        name: z.string(),
        unitName: z.string(),
        citation: z.string(),
      }),
    ),
  })
  .openapi('ModelConference');
export const conferenceListOutput = z
  .object({
    items: z.array(z.object({ id: z.string(), title: z.string(), heldOn: z.string(), venue: z.string() })),
  })
  .openapi('ModelConferenceList');
