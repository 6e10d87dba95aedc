import { z } from '@hono/zod-openapi';
import { currentYearVn } from '../../platform/clock';

export const yearQuery = z.object({
  year: z.coerce
    .number({ error: 'Năm phải là số' })
    .int()
    .min(2000, 'Năm không hợp lệ')
    .max(2100, 'Năm không hợp lệ')
    .default(() => currentYearVn()),
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
    awards: z.array(
      z.object({
        award: z.string(),
        name: z.string(),
        subjects: z.array(
          z.object({
            id: z.string(),
            type: z.enum(['PERSON', 'COLLECTIVE']),
            name: z.string(),
            unitName: z.string(),
            isDirectWorker: z.boolean(),
            isWomenPriority: z.boolean(),
            amountVnd: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .openapi('EligibilitySuggestions');
