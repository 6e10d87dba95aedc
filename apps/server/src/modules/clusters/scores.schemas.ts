import { z } from '@hono/zod-openapi';
import { SCORE_KINDS, SCORE_STATUSES, SHEET_STATUSES } from '@vinhdanh/domain/emulation/cluster';
import { optionalText, unitId, version } from '../movements/index';

const points = z
  .number({ error: 'Điểm phải là số' })
  .min(-100000, { error: 'Điểm không hợp lệ' })
  .max(100000, { error: 'Điểm không hợp lệ' });
const reason = z
  .string({ error: 'Lý do phải là chuỗi ký tự' })
  .trim()
  .min(3, { error: 'Lý do sửa điểm quá ngắn' })
  .max(1000, { error: 'Lý do tối đa 1000 ký tự' });

export const sheetRef = {
  memberUnitId: unitId('Đơn vị được chấm'),
  assessorUnitId: unitId('Đơn vị chấm'),
};

export const saveScoresInput = z
  .object({
    ...sheetRef,
    entries: z
      .array(
        z
          .object({
            criterionId: z.uuid({ error: 'Tiêu chí không hợp lệ' }),
            value: points,
            note: optionalText('Ghi chú', 1000),
            /** Required when the cell exists already (optimistic concurrency). */
            version: version.optional(),
            /** Required when the cell was submitted and its value changes. */
            reason: reason.optional(),
          })
          .strict(),
        { error: 'Danh sách điểm không hợp lệ' },
      )
      .min(1, { error: 'Chưa có điểm nào' })
      .max(300, { error: 'Tối đa 300 tiêu chí một lần' }),
  })
  .strict()
  .openapi('SaveScoresInput');
export type SaveScoresInput = z.infer<typeof saveScoresInput>;

export const submitScoresInput = z.object(sheetRef).strict().openapi('SubmitScoresInput');
export type SubmitScoresInput = z.infer<typeof submitScoresInput>;

export const editScoreInput = z
  .object({ version, value: points, reason: reason.optional() })
  .strict()
  .openapi('EditScoreInput');
export type EditScoreInput = z.infer<typeof editScoreInput>;

export const sheetQuery = z.object(sheetRef);

export const sheetOutput = z
  .object({
    memberUnitId: z.string(),
    assessorUnitId: z.string(),
    kind: z.enum(SCORE_KINDS),
    status: z.enum(SHEET_STATUSES),
    total: z.number(),
    cells: z.array(
      z.object({
        criterionId: z.string(),
        scoreId: z.string().nullable(),
        value: z.number().nullable(),
        note: z.string().nullable(),
        status: z.enum(SCORE_STATUSES).nullable(),
        version: z.number().nullable(),
        evidence: z.array(z.object({ id: z.string(), name: z.string(), sha256: z.string() })),
      }),
    ),
  })
  .openapi('ScoreSheet');

export const scoreChangeOutput = z
  .object({
    id: z.string(),
    memberUnitName: z.string(),
    assessorUnitName: z.string(),
    criterionCode: z.string(),
    criterionName: z.string(),
    oldValue: z.number(),
    newValue: z.number(),
    reason: z.string(),
    changedByName: z.string(),
    changedAt: z.string(),
  })
  .openapi('ScoreChange');
