import { z } from '@hono/zod-openapi';
import { RECORD_SUBJECT_TYPES } from '@vinhdanh/domain/records/subject-type';
import { AWARD_KINDS, REVOCATION_GROUNDS } from '@vinhdanh/domain/rules/types';
import { awardCodeField } from '../../lib/award-code';
import { decisionNumber, optionalText, pastDate, recordYear, subjectId, version } from './record-fields';

// Checked against the tenant's catalogue in force by the service (AWARD_NOT_IN_CATALOGUE).
const awardCode = awardCodeField();
const kind = z.enum(AWARD_KINDS, { error: 'Loại hình khen thưởng không hợp lệ' });

const periodBeforeYear = (v: { year?: number | undefined; periodStartYear?: number | null | undefined }) =>
  v.periodStartYear === null ||
  v.periodStartYear === undefined ||
  v.year === undefined ||
  v.periodStartYear <= v.year;
const PERIOD = { error: 'Năm bắt đầu giai đoạn phải không sau năm thành tích', path: ['periodStartYear'] };
const oneDecisionRef = (v: {
  decisionId?: string | null | undefined;
  decisionNumber?: string | null | undefined;
}) => !(v.decisionId && v.decisionNumber);
const ONE_REF = {
  error: 'Chọn quyết định có sẵn hoặc nhập số quyết định, không cả hai',
  path: ['decisionNumber'],
};

/**
 * The subject's initiatives this award rests on: each grounds one award only (CV 5007/BNV-TĐKT
 * III.5.c). Ownership and reuse are checked by the service (INITIATIVE_NOT_OF_SUBJECT, INITIATIVE_ALREADY_USED).
 */
const initiativesUsed = z
  .array(z.uuid({ error: 'Sáng kiến, đề tài làm căn cứ không hợp lệ' }), {
    error: 'Sáng kiến đã dùng phải là danh sách',
  })
  .max(20, 'Tối đa 20 sáng kiến, đề tài làm căn cứ')
  .refine((ids) => new Set(ids).size === ids.length, { error: 'Mỗi sáng kiến chỉ chọn một lần' });

const fields = {
  awardCode,
  kind,
  /** The achievement year, or the last year of a multi-year period. */
  year: recordYear,
  periodStartYear: recordYear.nullable().optional(),
  achievement: optionalText(1000, 'Thành tích'),
  decisionId: z.uuid({ error: 'Quyết định không hợp lệ' }).nullable().optional(),
  decisionNumber: decisionNumber.nullable().optional(),
  decisionDate: pastDate.nullable().optional(),
  initiativesUsed: initiativesUsed.optional(),
};

export const createAwardInput = z
  .object({ subjectId, ...fields, kind: kind.default('CONG_TRANG') })
  .strict()
  .refine(periodBeforeYear, PERIOD)
  .refine(oneDecisionRef, ONE_REF)
  .openapi('CreateAwardInput');
export type CreateAwardInput = z.infer<typeof createAwardInput>;

export const updateAwardInput = z
  .object({
    version,
    awardCode: awardCode.optional(),
    kind: kind.optional(),
    year: recordYear.optional(),
    periodStartYear: fields.periodStartYear,
    achievement: fields.achievement,
    decisionId: fields.decisionId,
    decisionNumber: fields.decisionNumber,
    decisionDate: fields.decisionDate,
    initiativesUsed: fields.initiativesUsed,
  })
  .strict()
  .refine(periodBeforeYear, PERIOD)
  .refine(oneDecisionRef, ONE_REF)
  .openapi('UpdateAwardInput');
export type UpdateAwardInput = z.infer<typeof updateAwardInput>;

/** Law 2022, Điều 93, khoản 2, điểm a–d. */
export const revokeAwardInput = z
  .object({
    version,
    ground: z.enum(REVOCATION_GROUNDS, {
      error: 'Căn cứ thu hồi phải là điểm a, b, c hoặc d khoản 2 Điều 93',
    }),
    revokedOn: pastDate,
  })
  .strict()
  .openapi('RevokeAwardInput');
export type RevokeAwardInput = z.infer<typeof revokeAwardInput>;

export const awardOutput = z
  .object({
    id: z.string(),
    subjectType: z.enum(RECORD_SUBJECT_TYPES),
    subjectId: z.string(),
    // An open code: a province may add its own awards (checked against its catalogue on write).
    awardCode: z.string(),
    kind: z.enum(AWARD_KINDS),
    year: z.number(),
    periodStartYear: z.number().nullable(),
    achievement: z.string().nullable(),
    decisionId: z.string().nullable(),
    decisionNumber: z.string().nullable(),
    decisionDate: z.string().nullable(),
    amountVnd: z.number().nullable(),
    isRevoked: z.boolean(),
    revokedOn: z.string().nullable(),
    revocationGround: z.enum(REVOCATION_GROUNDS).nullable(),
    /** Ids of the initiatives this award used as its ground. */
    initiativesUsed: z.array(z.string()),
    version: z.number(),
  })
  .openapi('Award');
