import { z } from '@hono/zod-openapi';
import { DECISION_LEVELS } from '@vinhdanh/domain/portal/decision-level';
import { ONLINE_PROCEDURES } from '@vinhdanh/domain/workflow/online-procedures';

export const portalSettingsInput = z
  .object({
    publishedLevels: z
      .array(z.enum(DECISION_LEVELS, { error: 'Cấp quyết định không hợp lệ' }))
      .max(DECISION_LEVELS.length)
      .refine((levels) => new Set(levels).size === levels.length, 'Mỗi cấp chỉ chọn một lần'),
    /** Omitted: unchanged. Which procedures the portal takes online (docs/interop.md). */
    onlineProcedures: z
      .array(z.enum(ONLINE_PROCEDURES, { error: 'Thủ tục trực tuyến không hợp lệ' }))
      .max(ONLINE_PROCEDURES.length)
      .refine((p) => new Set(p).size === p.length, 'Mỗi thủ tục chỉ chọn một lần')
      .optional(),
  })
  .strict()
  .openapi('PortalSettingsInput');
export type PortalSettingsInput = z.infer<typeof portalSettingsInput>;

export const portalSettingsOutput = z
  .object({
    publishedLevels: z.array(z.enum(DECISION_LEVELS)),
    onlineProcedures: z.array(z.enum(ONLINE_PROCEDURES)),
  })
  .openapi('PortalSettings');
