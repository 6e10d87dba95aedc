import { z } from '@hono/zod-openapi';
import { expectedVersion } from '../proposals/index';

const isoDate = z.iso.date({ error: 'Ngày không hợp lệ (yyyy-mm-dd)' });
const approvedItemIds = z.array(z.uuid()).min(1, 'Chọn ít nhất một đối tượng được khen thưởng').max(500);

export const issueDecisionInput = z
  .object({
    proposalId: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }),
    expectedVersion,
    signedOn: isoDate,
    /** The leader who signed (role LEADER at the deciding unit); the acting user when absent. */
    signerUserId: z.uuid({ error: 'Mã người ký không hợp lệ' }).optional(),
    /** How the signature block names the signer ("KT. CHỦ TỊCH …"); the signer's name when absent. */
    signer: z.string().trim().min(2, 'Nhập người ký').max(200).optional(),
    /**
     * A deputy signs on the head's behalf: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (ND 30/2020). Chosen per
     * decision; when absent, a signer whose position starts with "Phó" signs as deputy.
     */
    signedAsDeputy: z.boolean({ error: 'Chọn có ký thay (KT.) hay không' }).optional(),
    /** The symbol after the number, e.g. "QĐ-UBND" → "15/QĐ-UBND". */
    symbol: z
      .string()
      .trim()
      .regex(/^[\p{L}\d]+(-[\p{L}\d]+)*$/u, 'Ký hiệu như "QĐ-UBND"')
      .max(40)
      .optional(),
    approvedItemIds,
  })
  .strict()
  .openapi('IssueDecisionInput');
export type IssueDecisionInput = z.infer<typeof issueDecisionInput>;

export const externalDecisionInput = z
  .object({
    proposalId: z.uuid({ error: 'Mã hồ sơ không hợp lệ' }),
    expectedVersion,
    number: z.string().trim().min(3, 'Nhập số, ký hiệu quyết định').max(60),
    signedOn: isoDate,
    issuer: z.string().trim().min(2, 'Nhập cơ quan ban hành').max(200),
    signer: z.string().trim().min(2).max(200).optional(),
    signerPosition: z.string().trim().min(2, 'Nhập chức vụ người ký').max(120).optional(),
    signedAsDeputy: z.boolean({ error: 'Chọn có ký thay (KT.) hay không' }).optional(),
    approvedItemIds,
  })
  .strict()
  .openapi('ExternalDecisionInput');
export type ExternalDecisionInput = z.infer<typeof externalDecisionInput>;

export const revokeInput = z
  .object({
    awardId: z.uuid({ error: 'Mã khen thưởng không hợp lệ' }),
    /** Law 2022, Điều 93, khoản 2, điểm a–d. */
    ground: z.enum(['a', 'b', 'c', 'd'], { error: 'Căn cứ thu hồi là điểm a, b, c hoặc d khoản 2 Điều 93' }),
    revokedOn: isoDate,
    reason: z.string().trim().min(5, 'Nêu rõ lý do thu hồi').max(2000),
    recoverCertificate: z.boolean(),
    recoverMoney: z.boolean(),
  })
  .strict()
  .openapi('RevokeDecisionItemInput');
export type RevokeInput = z.infer<typeof revokeInput>;

export const decisionOutput = z
  .object({
    decision: z.object({
      id: z.string(),
      number: z.string(),
      signedOn: z.string(),
      seq: z.number().nullable(),
    }),
    proposal: z.record(z.string(), z.unknown()),
  })
  .openapi('IssuedDecision');
