import { z } from '@hono/zod-openapi';
import { allowedActionsSchema } from '../../lib/openapi';
import { INSPECTION_PLAN_ACTIONS } from './inspections-access';

const text = (min: number, max: number, message: string) => z.string().trim().min(min, message).max(max);
const isoDate = z.iso.date({ error: 'Ngày không hợp lệ' });
const version = z.number().int().min(1);

const planUnitInput = z
  .object({ unitId: z.uuid(), startsOn: isoDate, endsOn: isoDate })
  .strict()
  .refine((u) => u.endsOn >= u.startsOn, {
    error: 'Ngày kết thúc kiểm tra phải từ ngày bắt đầu trở đi',
    path: ['endsOn'],
  });

const planUnits = z
  .array(planUnitInput)
  .min(1, 'Kế hoạch cần ít nhất một đơn vị được kiểm tra')
  .max(200)
  .refine((units) => new Set(units.map((u) => u.unitId)).size === units.length, {
    error: 'Mỗi đơn vị chỉ có một lần kiểm tra trong kế hoạch',
  });

export const createPlanInput = z
  .object({
    /** The inspecting unit; the officer's own unit or one of its subtree. */
    unitId: z.uuid(),
    year: z.number().int().min(2000).max(2100),
    title: text(5, 300, 'Tên kế hoạch cần ít nhất 5 ký tự'),
    basis: z.string().trim().max(2000).optional(),
    units: planUnits,
  })
  .strict()
  .openapi('CreateInspectionPlanInput');
export type CreatePlanInput = z.infer<typeof createPlanInput>;

export const updatePlanInput = z
  .object({
    version,
    title: text(5, 300, 'Tên kế hoạch cần ít nhất 5 ký tự'),
    basis: z.string().trim().max(2000).optional(),
    units: planUnits,
  })
  .strict()
  .openapi('UpdateInspectionPlanInput');
export type UpdatePlanInput = z.infer<typeof updatePlanInput>;

export const planListQuery = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/**
 * A finding with its recommendation and follow-up deadline. HOLD holds a person or collective of
 * the inspected unit (the unit itself when none is named); REVOCATION names an award and its
 * ground, Luật TĐKT 2022, Điều 93 khoản 2, điểm a–d.
 */
export const createFindingInput = z
  .object({
    unitId: z.uuid(),
    content: text(10, 8000, 'Ghi rõ nội dung kết quả kiểm tra (ít nhất 10 ký tự)'),
    recommendation: text(5, 4000, 'Ghi rõ kiến nghị (ít nhất 5 ký tự)'),
    followUpDueOn: isoDate,
    action: z.enum(['NONE', 'HOLD', 'REVOCATION']).default('NONE'),
    subjectId: z.uuid().optional(),
    awardId: z.uuid().optional(),
    ground: z
      .enum(['A', 'B', 'C', 'D'], { error: 'Căn cứ thu hồi phải là điểm a, b, c hoặc d khoản 2 Điều 93' })
      .optional(),
    /**
     * Revoke at once, for a user who may revoke at the inspected unit (decision:revoke, the deciding
     * leader); otherwise the finding records the award and its ground for that leader.
     */
    revokeNow: z.boolean().optional(),
    /** With revokeNow: recover the certificate and the money (both by default). */
    recoverCertificate: z.boolean().optional(),
    recoverMoney: z.boolean().optional(),
  })
  .strict()
  .refine((f) => f.action !== 'REVOCATION' || (f.awardId && f.ground), {
    error: 'Đề nghị thu hồi cần chọn khen thưởng và căn cứ thu hồi',
    path: ['awardId'],
  })
  .refine((f) => !f.revokeNow || f.action === 'REVOCATION', {
    error: 'Chỉ thu hồi ngay khi kết quả kiểm tra là đề nghị thu hồi',
    path: ['revokeNow'],
  })
  .openapi('CreateInspectionFindingInput');
export type CreateFindingInput = z.infer<typeof createFindingInput>;

export const completeFindingInput = z
  .object({
    version,
    completedOn: isoDate.optional(),
    note: text(5, 4000, 'Ghi rõ kết quả thực hiện kiến nghị (ít nhất 5 ký tự)'),
  })
  .strict()
  .openapi('CompleteInspectionFindingInput');
export type CompleteFindingInput = z.infer<typeof completeFindingInput>;

const findingOutput = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    content: z.string(),
    recommendation: z.string(),
    followUpDueOn: z.string(),
    completedOn: z.string().nullable(),
    completionNote: z.string().nullable(),
    action: z.enum(['NONE', 'HOLD', 'REVOCATION']),
    subjectId: z.string().nullable(),
    subjectName: z.string().nullable(),
    holdId: z.string().nullable(),
    award: z
      .object({
        id: z.string(),
        awardCode: z.string(),
        year: z.number(),
        ground: z.string(),
        isRevoked: z.boolean(),
      })
      .nullable(),
    version: z.number(),
  })
  .openapi('InspectionFinding');

const planSummary = z.object({
  id: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  year: z.number(),
  title: z.string(),
  basis: z.string().nullable(),
  unitCount: z.number(),
  findingCount: z.number(),
  openFindingCount: z.number(),
  version: z.number(),
});

export const planListOutput = z.object({ items: z.array(planSummary) }).openapi('InspectionPlanList');

export const planOutput = planSummary
  .extend({
    units: z.array(
      z.object({ unitId: z.string(), unitName: z.string(), startsOn: z.string(), endsOn: z.string() }),
    ),
    findings: z.array(findingOutput),
    /** What the current user may do on it (inspections-access.ts INSPECTION_PLAN_ACTIONS). */
    allowedActions: allowedActionsSchema('InspectionPlanAllowedActions', INSPECTION_PLAN_ACTIONS),
  })
  .openapi('InspectionPlan');
