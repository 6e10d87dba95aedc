import { z } from '@hono/zod-openapi';
import { RECORD_SUBJECT_TYPES } from '@vinhdanh/domain/records/subject-type';
import { DISCIPLINE_FORMS, INITIATIVE_SCOPES, INITIATIVE_TYPES, RATINGS } from '@vinhdanh/domain/rules/types';
import { allowedActionsSchema } from '../../lib/openapi';
import { awardOutput, holdOutput, RECORD_SUBJECT_ACTIONS } from '../records/index';
import { TIMELINE_ACTIONS } from './timeline-access';

const source = { subjectId: z.string().nullable(), sourceName: z.string().nullable() };

// Award codes stay open strings: a province may add its own awards (checked against its catalogue on write).
const chain = z
  .object({
    subjectId: z.string(),
    awardCode: z.string(),
    fromYear: z.number(),
    toYear: z.number(),
    length: z.number(),
    label: z.string(),
  })
  .openapi('TimelineChain');

// The award as records presents it, without the subject (the timeline is one subject's), plus its name.
const awardItem = awardOutput
  .omit({ subjectType: true, subjectId: true })
  .extend({ name: z.string(), ...source })
  .openapi('TimelineAward');

const timelineYear = z
  .object({
    year: z.number(),
    ratings: z.array(
      z.object({
        id: z.string(),
        rating: z.enum(RATINGS),
        sourceDoc: z.string().nullable(),
        year: z.number(),
        version: z.number(),
        ...source,
      }),
    ),
    titles: z.array(awardItem),
    forms: z.array(awardItem),
    initiatives: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        type: z.enum(INITIATIVE_TYPES),
        scope: z.enum(INITIATIVE_SCOPES),
        year: z.number(),
        isApplied: z.boolean(),
        isAccepted: z.boolean(),
        decisionNumber: z.string().nullable(),
        sharePct: z.number().nullable(),
        version: z.number(),
      }),
    ),
    disciplines: z.array(
      z.object({
        id: z.string(),
        form: z.enum(DISCIPLINE_FORMS),
        fromDate: z.string(),
        toDate: z.string().nullable(),
        decisionNumber: z.string().nullable(),
        version: z.number(),
        ...source,
      }),
    ),
    holds: z.array(holdOutput.omit({ subjectId: true }).extend(source)),
    chains: z.array(chain),
  })
  .openapi('TimelineYear');

export const timelineOutput = z.object({
  subject: z.object({
    id: z.string(),
    type: z.enum(RECORD_SUBJECT_TYPES),
    name: z.string(),
  }),
  /** Units this one descends from through merges and splits, whose years are shown labelled. */
  predecessors: z.array(z.object({ id: z.string(), name: z.string() })),
  fromYear: z.number().nullable(),
  toYear: z.number().nullable(),
  chains: z.array(chain),
  years: z.array(timelineYear),
});
export type TimelineOutput = z.infer<typeof timelineOutput>;

/**
 * The timeline as its page reads it: with what the reader may do on the subject
 * (timeline-access.ts TIMELINE_ACTIONS) and on each predecessor's rows.
 */
export const timelineView = timelineOutput
  .extend({
    allowedActions: allowedActionsSchema('TimelineAllowedActions', TIMELINE_ACTIONS),
    predecessors: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        allowedActions: allowedActionsSchema('RecordSubjectAllowedActions', RECORD_SUBJECT_ACTIONS),
      }),
    ),
  })
  .openapi('Timeline');
export type TimelineView = z.infer<typeof timelineView>;
