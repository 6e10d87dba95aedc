import { z } from '@hono/zod-openapi';

export const signedDocumentOutput = z.object({
  kind: z.enum(['DECISION', 'CERTIFICATES']),
  name: z.string(),
  sha256: z.string(),
  sizeBytes: z.number().int(),
  method: z.string(),
  signerName: z.string(),
  signedAt: z.string(),
  /** The stored file checked again on this request (pkijs): VALID unless it was altered in storage. */
  status: z.enum(['VALID', 'INVALID', 'MODIFIED', 'UNSIGNED']),
});

export const decisionSignatureOutput = z
  .object({
    signed: z.boolean(),
    signerName: z.string().nullable(),
    signedAt: z.string().nullable(),
    documents: z.array(signedDocumentOutput),
  })
  .openapi('DecisionSignature');

/** Server signing with the tenant's seal; the signer's-own-token route is separate. */
export const signDecisionInput = z
  .object({
    method: z.literal('SEAL', { error: 'Chỉ hỗ trợ ký bằng chứng thư số của cơ quan (SEAL)' }),
  })
  .strict()
  .openapi('SignDecisionInput');
