import { z } from '@hono/zod-openapi';
import { allowedActionsSchema } from '../../lib/openapi';
import { currentYearVn } from '../../platform/clock';
import { SUGGESTION_ACTIONS } from './eligibility-access';

export const yearQuery = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int()
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ')
    .default(() => currentYearVn()),
});

/** "Gợi ý đề nghị": the year, and an optional page of each award's list (all of it without `limit`). */
export const suggestionsQuery = yearQuery.extend({
  limit: z.coerce.number({ error: 'Số dòng phải là số' }).int().min(1).max(1000).optional(),
  offset: z.coerce.number({ error: 'Vị trí phải là số' }).int().min(0).default(0),
  /** One award's list only (with `cursor`, its next page). */
  award: z.string().min(1).max(64).optional(),
  /** An award's `nextCursor`: the page after it, in the same order (with `award`; `offset` is ignored). */
  cursor: z.string().max(1000).optional(),
});

const reason = z.object({ met: z.boolean(), text: z.string(), citation: z.string() });

export const eligibilityOutput = z
  .object({
    subject: z.object({ id: z.string(), type: z.enum(['individual', 'collective']), name: z.string() }),
    year: z.number(),
    ruleSet: z.string(),
    verdicts: z.array(
      z.object({
        award: z.string(),
        name: z.string(),
        eligible: z.boolean(),
        held: z.boolean(),
        amountVnd: z.number().nullable(),
        reasons: z.array(reason),
      }),
    ),
    forecast: z.array(
      z.object({
        award: z.string(),
        name: z.string(),
        status: z.enum(['ELIGIBLE', 'LATER', 'NOT_WITHIN_HORIZON']),
        year: z.number().nullable(),
        text: z.string(),
      }),
    ),
  })
  .openapi('Eligibility');

export const suggestionsOutput = z
  .object({
    year: z.number(),
    ruleSet: z.string(),
    /** How the lists are ordered, with the articles (shown to the officer). */
    order: z.string(),
    /** Subjects under the unit waiting for the background job to judge them again (records changed, a first scan). */
    pending: z.number(),
    /** When the oldest listed verdict was computed (ISO time); null when none is listed. */
    computedAt: z.string().nullable(),
    awards: z.array(
      z.object({
        award: z.string(),
        name: z.string(),
        /**
         * Everyone listed for the award (people + collectives); `subjects` is the page asked for (all
         * without `limit`). People are counted up to 1,000: beyond, `totalCapped` is true.
         */
        total: z.number(),
        totalCapped: z.boolean(),
        /** People listed, up to 1,000 (`totalCapped` beyond). */
        people: z.number(),
        collectives: z.number(),
        /** Pass as `cursor` with `award` for the next page; null on the last page or without `limit`. */
        nextCursor: z.string().nullable(),
        subjects: z.array(
          z.object({
            id: z.string(),
            type: z.enum(['PERSON', 'COLLECTIVE']),
            name: z.string(),
            unitName: z.string(),
            isDirectWorker: z.boolean(),
            isWomenPriority: z.boolean(),
            amountVnd: z.number().nullable(),
            computedAt: z.string(),
            /** The verdict predates a change of the subject's records or of the rules: being judged again. */
            isPending: z.boolean(),
          }),
        ),
      }),
    ),
    /** What the current user may do from the list, for its unit (eligibility-access.ts SUGGESTION_ACTIONS). */
    allowedActions: allowedActionsSchema('SuggestionsAllowedActions', SUGGESTION_ACTIONS),
  })
  .openapi('EligibilitySuggestions');
