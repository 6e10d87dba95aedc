import { z } from '@hono/zod-openapi';
import { AWARD_KINDS } from '@vinhdanh/domain/rules/types';
import { awardCodeField } from '../../lib/award-code';
import { awardOutput } from './awards.schemas';
import { pageQuery } from './record-fields';

const year = z.coerce.number().int().min(1945).max(2100);

export const searchAwardsQuery = z
  .object({
    q: z.string().trim().max(120).optional(),
    unitId: z.uuid().optional(),
    // One recipient's awards (a person, team, household or unit), within the officer's scope.
    subjectId: z.uuid().optional(),
    // A filter: any code of the tenant's catalogue (the province's own included); unknown finds nothing.
    awardCode: awardCodeField().optional(),
    kind: z.enum(AWARD_KINDS).optional(),
    yearFrom: year.optional(),
    yearTo: year.optional(),
    decisionNumber: z.string().trim().max(60).optional(),
    ...pageQuery,
    /** nextCursor of the previous page (same filters); page is then ignored. */
    cursor: z.string().max(1000).optional(),
  })
  .refine((v) => v.yearFrom === undefined || v.yearTo === undefined || v.yearFrom <= v.yearTo, {
    error: 'Từ năm phải không sau đến năm',
    path: ['yearTo'],
  });
export type SearchAwardsQuery = z.infer<typeof searchAwardsQuery>;

// A search hit is an award plus who received it and where.
export const awardHitOutput = awardOutput
  .extend({ subjectName: z.string(), unitId: z.string(), unitName: z.string() })
  .openapi('AwardHit');

export const awardPageOutput = z
  .object({
    items: z.array(awardHitOutput),
    /** Matches counted up to 1,000; when more exist, 1,000 and totalCapped (the web shows "hơn 1.000"). */
    total: z.number(),
    totalCapped: z.boolean(),
    page: z.number(),
    pageSize: z.number(),
    /** Pass as cursor for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .openapi('AwardPage');
