import { z } from '@hono/zod-openapi';

export const moneySummaryOutput = z
  .object({
    decision: z.object({ id: z.string(), number: z.string(), signedOn: z.string(), issuer: z.string() }),
    totalVnd: z.number(),
    totalInWords: z.string(),
    count: z.number(),
    revokedCount: z.number(),
    byAward: z.array(
      z.object({ awardCode: z.string(), awardName: z.string(), count: z.number(), totalVnd: z.number() }),
    ),
    items: z.array(
      z.object({
        stt: z.number(),
        awardId: z.string(),
        name: z.string(),
        unitLine: z.string(),
        awardCode: z.string(),
        awardName: z.string(),
        coefficient: z.number().nullable(),
        amountVnd: z.number().nullable(),
        payableVnd: z.number().nullable(),
        note: z.string().nullable(),
        isRevoked: z.boolean(),
      }),
    ),
  })
  .openapi('DecisionMoneySummary');
