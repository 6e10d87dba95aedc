import { z } from '@hono/zod-openapi';
import { DECISION_LEVELS } from '@vinhdanh/domain/portal/decision-level';

export const portalSettingsInput = z
  .object({
    publishedLevels: z
      .array(z.enum(DECISION_LEVELS, { error: 'Cấp quyết định không hợp lệ' }))
      .max(DECISION_LEVELS.length)
      .refine((levels) => new Set(levels).size === levels.length, 'Mỗi cấp chỉ chọn một lần'),
  })
  .strict()
  .openapi('PortalSettingsInput');
export type PortalSettingsInput = z.infer<typeof portalSettingsInput>;

export const portalSettingsOutput = z
  .object({ publishedLevels: z.array(z.enum(DECISION_LEVELS)) })
  .openapi('PortalSettings');
