import { z } from '@hono/zod-openapi';

export const signedDocumentOutput = z.object({
  kind: z.enum(['DECISION', 'CERTIFICATES', 'CERTIFICATE']),
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

/** A session prepared for the signer's own token: each file's download and upload address. */
export const tokenSigningSessionOutput = z
  .object({
    sessionId: z.uuid(),
    /** For the plug-in, which runs outside the browser's session; already in each URL. */
    secret: z.string(),
    expiresAt: z.string(),
    /** The signer's name as the token's certificate must carry it. */
    signerName: z.string(),
    documents: z.array(
      z.object({
        kind: z.enum(['DECISION', 'CERTIFICATES']),
        name: z.string(),
        /** Relative to the server's origin: the prepared PDF (GET). */
        fileUrl: z.string(),
        /** Relative to the server's origin: where the signed PDF goes (POST, raw or multipart). */
        uploadUrl: z.string(),
      }),
    ),
  })
  .openapi('TokenSigningSession');

export const tokenUploadOutput = z
  .object({
    kind: z.enum(['DECISION', 'CERTIFICATES']),
    status: z.enum(['VALID', 'INVALID', 'MODIFIED', 'UNSIGNED']),
    signerName: z.string(),
    sha256: z.string(),
  })
  .openapi('TokenSignedUpload');

export const prepareTokenSigningInput = z
  .object({
    /** The leader who signs with the token; default the account preparing it. */
    signerUserId: z.uuid({ error: 'Mã người ký không hợp lệ' }).optional(),
  })
  .strict()
  .openapi('PrepareTokenSigningInput');

/** A revocation decision issued for an award of a signed decision, and its signature. */
export const revocationDecisionOutput = z
  .object({
    decision: z.object({
      id: z.uuid(),
      number: z.string(),
      signedOn: z.string(),
      revokesDecisionId: z.uuid(),
    }),
    signature: decisionSignatureOutput,
  })
  .openapi('RevocationDecision');
