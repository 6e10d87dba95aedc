import { z } from '@hono/zod-openapi';
import {
  MILESTONE_KINDS,
  MOVEMENT_FORMS,
  MOVEMENT_LEVELS,
  MOVEMENT_SCOPES,
  MOVEMENT_STATES,
  PARTICIPATION_MODES,
} from '@vinhdanh/domain/emulation/movement';
import { AWARD_KINDS } from '@vinhdanh/domain/rules/types';
import { awardCodeField } from '../../lib/award-code';
import { allowedActionsSchema } from '../../lib/openapi';
import { emYear, isoDate, optionalText, text, unitId, uploadQuery, version } from './emulation-fields';
import { MOVEMENT_ACTIONS } from './movement-access';

const milestone = z
  .object({
    kind: z.enum(MILESTONE_KINDS, { error: 'Mốc phải là sơ kết hoặc tổng kết' }),
    dueOn: isoDate,
    note: optionalText('Ghi chú', 500),
  })
  .strict();

const fields = {
  title: text('Tên phong trào', 300),
  theme: optionalText('Chủ đề', 500),
  year: emYear,
  launchingAuthority: text('Cấp phát động', 200),
  level: z.enum(MOVEMENT_LEVELS, { error: 'Cấp phát động không hợp lệ' }),
  scope: z.enum(MOVEMENT_SCOPES, { error: 'Phạm vi không hợp lệ' }),
  participation: z.enum(PARTICIPATION_MODES, { error: 'Cách xác định đơn vị tham gia không hợp lệ' }),
  participationRootId: unitId('Đơn vị gốc tham gia').nullable().optional(),
  participantUnitIds: z
    .array(unitId('Đơn vị tham gia'), { error: 'Danh sách đơn vị tham gia không hợp lệ' })
    .max(500, { error: 'Tối đa 500 đơn vị' })
    .optional(),
  goals: optionalText('Mục tiêu', 4000),
  criteria: optionalText('Tiêu chí', 4000),
  startDate: isoDate.nullable().optional(),
  endDate: isoDate.nullable().optional(),
  milestones: z
    .array(milestone, { error: 'Danh sách mốc không hợp lệ' })
    .max(20, { error: 'Tối đa 20 mốc' })
    .optional(),
};

const datesInOrder = (v: { startDate?: string | null | undefined; endDate?: string | null | undefined }) =>
  !v.startDate || !v.endDate || v.startDate <= v.endDate;
const DATES = { error: 'Ngày kết thúc phải không trước ngày bắt đầu', path: ['endDate'] };

export const createMovementInput = z
  .object({
    form: z.enum(MOVEMENT_FORMS, { error: 'Hình thức phải là thường xuyên hoặc chuyên đề' }),
    ownerUnitId: unitId('Đơn vị phát động'),
    ...fields,
  })
  .strict()
  .refine(datesInOrder, DATES)
  .openapi('CreateMovementInput');
export type CreateMovementInput = z.infer<typeof createMovementInput>;

export const updateMovementInput = z
  .object({
    version,
    title: fields.title.optional(),
    theme: fields.theme,
    goals: fields.goals,
    criteria: fields.criteria,
    startDate: fields.startDate,
    endDate: fields.endDate,
    participation: fields.participation.optional(),
    participationRootId: fields.participationRootId,
    participantUnitIds: fields.participantUnitIds,
    milestones: fields.milestones,
  })
  .strict()
  .refine(datesInOrder, DATES)
  .openapi('UpdateMovementInput');
export type UpdateMovementInput = z.infer<typeof updateMovementInput>;

export const transitionMovementInput = z
  .object({ version, to: z.enum(MOVEMENT_STATES, { error: 'Bước chuyển không hợp lệ' }) })
  .strict()
  .openapi('TransitionMovementInput');

/** The launch document's name and the movement's version: the file itself is the raw body. */
export const movementDocumentQuery = uploadQuery.extend({
  version: z.coerce
    .number({ error: 'Thiếu phiên bản dữ liệu' })
    .int({ error: 'Phiên bản phải là số nguyên' })
    .min(1, { error: 'Phiên bản không hợp lệ' }),
});
export type MovementDocumentQuery = z.infer<typeof movementDocumentQuery>;

export const movementAwardInput = z
  .object({
    subjectType: z.enum(['PERSON', 'COLLECTIVE'], { error: 'Loại đối tượng không hợp lệ' }),
    subjectId: z.uuid({ error: 'Đối tượng không hợp lệ' }),
    // Checked against the tenant's catalogue in force that year by the service (AWARD_NOT_IN_CATALOGUE).
    awardCode: awardCodeField(),
    year: emYear,
    decisionNumber: optionalText('Số quyết định', 60),
    decisionDate: isoDate.nullable().optional(),
    achievement: optionalText('Thành tích', 1000),
  })
  .strict()
  .openapi('MovementAwardInput');
export type MovementAwardInput = z.infer<typeof movementAwardInput>;

export const movementSummary = z
  .object({
    id: z.string(),
    form: z.enum(MOVEMENT_FORMS),
    title: z.string(),
    year: z.number(),
    state: z.enum(MOVEMENT_STATES),
    launchingAuthority: z.string(),
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    version: z.number(),
  })
  .openapi('MovementSummary');

export const movementDetail = movementSummary
  .extend({
    theme: z.string().nullable(),
    level: z.enum(MOVEMENT_LEVELS),
    scope: z.enum(MOVEMENT_SCOPES),
    ownerUnitId: z.string(),
    ownerUnitName: z.string(),
    participation: z.enum(PARTICIPATION_MODES),
    participationRootId: z.string().nullable(),
    goals: z.string().nullable(),
    criteria: z.string().nullable(),
    nextStates: z.array(z.enum(MOVEMENT_STATES)),
    /** What the current user may do on this movement (movement-access.ts MOVEMENT_ACTIONS). */
    allowedActions: allowedActionsSchema('MovementAllowedActions', MOVEMENT_ACTIONS),
    launchDocument: z.object({ id: z.string(), name: z.string(), sha256: z.string() }).nullable(),
    milestones: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(MILESTONE_KINDS),
        dueOn: z.string(),
        note: z.string().nullable(),
      }),
    ),
    participants: z.array(z.object({ id: z.string(), name: z.string(), registered: z.boolean() })),
    participantCount: z.number(),
    registrations: z.array(
      z.object({
        id: z.string(),
        unitName: z.string(),
        personName: z.string().nullable(),
        // Open codes: a province may add its own awards (checked against its catalogue on write).
        targetAwards: z.array(z.string()),
      }),
    ),
    awards: z.array(
      z.object({
        id: z.string(),
        awardCode: z.string(),
        kind: z.enum(AWARD_KINDS),
        year: z.number(),
        subjectName: z.string(),
        decisionNumber: z.string().nullable(),
      }),
    ),
  })
  .openapi('MovementDetail');

/** What recording an award under a movement answers: its id and the kind the movement's form gave it. */
export const movementAwardOutput = z
  .object({ id: z.string(), kind: z.enum(['CHUYEN_DE', 'CONG_TRANG']) })
  .openapi('MovementAwardResult');
