import { z } from '@hono/zod-openapi';
import { decisionNumber, optionalText, pageQuery, pastDate } from './record-fields';

export const createDecisionInput = z
  .object({
    number: decisionNumber,
    signedOn: pastDate,
    issuer: z
      .string({ error: 'Vui lòng nhập cơ quan ban hành' })
      .trim()
      .min(2, 'Vui lòng nhập cơ quan ban hành')
      .max(255, 'Cơ quan ban hành tối đa 255 ký tự'),
    /** The unit of the tenant that issued it; without it, an issuer named like a unit is that unit. */
    issuerUnitId: z.uuid({ error: 'Mã đơn vị ban hành không hợp lệ' }).optional(),
    signer: optionalText(120, 'Người ký'),
    /** The signer's position ("Phó Chủ tịch"); it prints under the signature. */
    signerPosition: optionalText(120, 'Chức vụ người ký'),
    /** A deputy signed on the head's behalf ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"). */
    signedAsDeputy: z.boolean({ error: 'Chọn có ký thay (KT.) hay không' }).optional(),
  })
  .strict()
  .openapi('CreateDecisionInput');
export type CreateDecisionInput = z.infer<typeof createDecisionInput>;

export const listDecisionsQuery = z.object({ q: z.string().trim().max(60).optional(), ...pageQuery });
export type ListDecisionsQuery = z.infer<typeof listDecisionsQuery>;

export const decisionOutput = z
  .object({
    id: z.string(),
    number: z.string(),
    signedOn: z.string(),
    issuer: z.string(),
    issuerUnitId: z.string().nullable(),
    signer: z.string().nullable(),
    signerPosition: z.string().nullable(),
    signedAsDeputy: z.boolean(),
  })
  .openapi('Decision');

export const decisionPageOutput = z
  .object({ items: z.array(decisionOutput), total: z.number(), page: z.number(), pageSize: z.number() })
  .openapi('DecisionPage');
