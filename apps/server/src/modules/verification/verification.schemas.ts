import { z } from '@hono/zod-openapi';

/** The shape of a real code; anything else (a forged or mistyped QR code) is simply not found. */
// 43 characters (tenant + random) since issue 20; 22 (random only) on certificates printed before.
export const VERIFICATION_CODE = /^(?:[A-Za-z0-9_-]{22}|[A-Za-z0-9_-]{43})$/;

export const verificationCodeParam = z.object({ code: z.string().max(200) });

export const verificationOutput = z
  .object({
    code: z.string(),
    status: z.enum(['VALID', 'REVOKED']),
    revokedOn: z.string().nullable(),
    recipientName: z.string(),
    unitLine: z.string(),
    award: z.string(),
    certificateKind: z.string(),
    achievement: z.string().nullable(),
    year: z.number(),
    decisionNumber: z.string(),
    decisionDate: z.string(),
    issuer: z.string(),
    registryNumber: z.number(),
    tenantName: z.string(),
  })
  .openapi('AwardVerification');
