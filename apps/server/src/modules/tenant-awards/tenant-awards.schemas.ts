import { z } from '@hono/zod-openapi';
import { DECIDER_ROLES } from '@vinhdanh/domain/rules/params';
import { TENANT_AWARD_CODE } from '@vinhdanh/domain/rules/tenant-awards';
import { AWARD_KINDS, SUBJECT_TYPES } from '@vinhdanh/domain/rules/types';

const isoDate = z.iso.date({ error: 'Ngày không hợp lệ (yyyy-mm-dd)' });

export const tenantAwardInput = z
  .object({
    code: z
      .string({ error: 'Nhập mã' })
      .trim()
      .regex(
        TENANT_AWARD_CODE,
        'Mã gồm chữ in hoa không dấu, chữ số và dấu gạch dưới, 2–40 ký tự (ví dụ CONG_DAN_UU_TU)',
      ),
    name: z
      .string({ error: 'Nhập tên' })
      .trim()
      .min(3, 'Tên tối thiểu 3 ký tự')
      .max(200, 'Tên tối đa 200 ký tự'),
    level: z.enum(['CO_SO', 'BO_TINH', 'NHA_NUOC'], { error: 'Chọn cấp khen thưởng' }),
    category: z.enum(['DANH_HIEU', 'HINH_THUC'], { error: 'Chọn danh hiệu hoặc hình thức' }),
    kind: z.enum(AWARD_KINDS, { error: 'Chọn loại khen thưởng để thống kê' }),
    subjectTypes: z
      .array(z.enum(SUBJECT_TYPES, { error: 'Đối tượng không hợp lệ' }))
      .min(1, 'Chọn ít nhất một đối tượng'),
    decider: z.enum(DECIDER_ROLES, { error: 'Chọn người có thẩm quyền quyết định' }),
    /** A tree of the engine's combinators; checked by validateCriterion. */
    criteria: z.record(z.string(), z.unknown(), { error: 'Tiêu chí phải là một đối tượng JSON' }),
    coefficient: z
      .number({ error: 'Hệ số tiền thưởng phải là số' })
      .min(0, 'Hệ số không âm')
      .max(50, 'Hệ số tối đa 50')
      .nullable(),
    citation: z
      .string({ error: 'Nhập căn cứ' })
      .trim()
      .min(5, 'Nhập căn cứ: số quyết định, điều khoản của quy chế tỉnh')
      .max(300, 'Căn cứ tối đa 300 ký tự'),
    effectiveFrom: isoDate,
  })
  .strict()
  .openapi('TenantAwardInput');
export type TenantAwardInput = z.infer<typeof tenantAwardInput>;

export const tenantAwardOutput = z
  .object({
    id: z.string(),
    code: z.string(),
    version: z.number(),
    name: z.string(),
    level: z.string(),
    category: z.string(),
    kind: z.string(),
    subjectTypes: z.array(z.string()),
    decider: z.string(),
    criteria: z.record(z.string(), z.unknown()),
    coefficient: z.number().nullable(),
    citation: z.string(),
    effectiveFrom: z.string(),
    effectiveTo: z.string().nullable(),
  })
  .openapi('TenantAward');

export const awardCatalogueQuery = z.object({
  year: z.coerce.number({ error: 'Năm không hợp lệ' }).int().min(1945).max(2100).optional(),
});

export const catalogueAwardOutput = z
  .object({
    code: z.string(),
    name: z.string(),
    category: z.enum(['DANH_HIEU', 'HINH_THUC']),
    level: z.enum(['CO_SO', 'BO_TINH', 'NHA_NUOC']),
    subjectTypes: z.array(z.enum(SUBJECT_TYPES)),
    /** LAW: the law's titles and forms; STATE: state awards; TENANT: the province's own. */
    source: z.enum(['LAW', 'STATE', 'TENANT']),
    /** Evaluated by the engine and routed by the workflow: can be proposed and pledged. */
    proposable: z.boolean(),
    /** false: a province's award not in force that year, listed so old records still show its name. */
    inForce: z.boolean(),
  })
  .openapi('CatalogueAward');
