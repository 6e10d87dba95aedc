import { z } from '@hono/zod-openapi';

export const createHouseholdInput = z
  .object({
    unitId: z.uuid({ error: 'Vui lòng chọn thôn, tổ dân phố' }),
    headName: z.string().trim().min(2, 'Họ tên chủ hộ cần ít nhất 2 ký tự').max(120),
    address: z.string().trim().min(3, 'Vui lòng nhập địa chỉ').max(255),
  })
  .strict()
  .openapi('CreateHouseholdInput');
export type CreateHouseholdInput = z.infer<typeof createHouseholdInput>;

export const createCollectiveInput = z
  .object({
    unitId: z.uuid({ error: 'Vui lòng chọn đơn vị' }),
    name: z.string().trim().min(2, 'Tên tập thể cần ít nhất 2 ký tự').max(255),
  })
  .strict()
  .openapi('CreateCollectiveInput');
export type CreateCollectiveInput = z.infer<typeof createCollectiveInput>;

export const unitQuery = z.object({ unitId: z.uuid().optional() });

export const householdOutput = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    headName: z.string(),
    address: z.string(),
  })
  .openapi('Household');

export const collectiveOutput = z
  .object({
    id: z.string(),
    unitId: z.string(),
    unitName: z.string(),
    kind: z.enum(['ORG_UNIT', 'TEAM']),
    name: z.string(),
  })
  .openapi('Collective');
