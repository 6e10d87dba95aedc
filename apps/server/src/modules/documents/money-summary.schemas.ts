import { z } from '@hono/zod-openapi';

const moneySummaryItem = z.object({
  stt: z.number(),
  awardId: z.string(),
  name: z.string(),
  unitLine: z.string(),
  awardCode: z.string(),
  awardName: z.string(),
  /** The rule set's coefficient for this subject on the decision date (× the collective multiplier). */
  coefficient: z.number().nullable(),
  amountVnd: z.number().nullable(),
  /** What is paid: the amount after ND 152, Điều 49 (highest title of a year; difference after an earlier one). */
  payableVnd: z.number().nullable(),
  /** Why payableVnd differs from amountVnd, with its article; null when it does not. */
  note: z.string().nullable(),
  isRevoked: z.boolean(),
});

const moneySummaryByAward = z.object({
  awardCode: z.string(),
  awardName: z.string(),
  count: z.number(),
  totalVnd: z.number(),
});

export const moneySummaryOutput = z
  .object({
    decision: z.object({ id: z.string(), number: z.string(), signedOn: z.string(), issuer: z.string() }),
    /** Sum of the standing awards' money. */
    totalVnd: z.number(),
    totalInWords: z.string(),
    /** Standing awards; revoked ones are in `items` and `revokedCount` only. */
    count: z.number(),
    revokedCount: z.number(),
    byAward: z.array(moneySummaryByAward),
    items: z.array(moneySummaryItem),
  })
  .openapi('DecisionMoneySummary');

// The summary's types are the API's: the computation and the answer cannot drift apart.
export type MoneySummary = z.infer<typeof moneySummaryOutput>;
export type MoneySummaryItem = z.infer<typeof moneySummaryItem>;
export type MoneySummaryByAward = z.infer<typeof moneySummaryByAward>;
