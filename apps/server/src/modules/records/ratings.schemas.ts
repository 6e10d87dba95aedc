import { z } from '@hono/zod-openapi';
import { RECORD_SUBJECT_TYPES } from '@vinhdanh/domain/records/subject-type';
import { RATINGS } from '@vinhdanh/domain/rules/types';
import { optionalText, recordYear, subjectId, version } from './record-fields';

const rating = z.enum(RATINGS, { error: 'Mức đánh giá phải là HTXSNV, HTTNV, HTNV hoặc KHTNV' });
const sourceDoc = optionalText(255, 'Văn bản đánh giá');

export const createRatingInput = z
  .object({ subjectId, year: recordYear, rating, sourceDoc })
  .strict()
  .openapi('CreateRatingInput');
export type CreateRatingInput = z.infer<typeof createRatingInput>;

export const updateRatingInput = z
  .object({ version, rating: rating.optional(), sourceDoc })
  .strict()
  .openapi('UpdateRatingInput');
export type UpdateRatingInput = z.infer<typeof updateRatingInput>;

export const ratingOutput = z
  .object({
    id: z.string(),
    subjectType: z.enum(RECORD_SUBJECT_TYPES),
    subjectId: z.string(),
    year: z.number(),
    rating: z.enum(RATINGS),
    sourceDoc: z.string().nullable(),
    version: z.number(),
  })
  .openapi('AnnualRating');
