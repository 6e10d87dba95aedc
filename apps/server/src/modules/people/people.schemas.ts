import { z } from '@hono/zod-openapi';
import { AWARD_KINDS, RATINGS } from '@vinhdanh/domain/rules/types';
import { SUBJECT_GROUPS } from '../../db/schema/person';
import { allowedActionsSchema } from '../../lib/openapi';
import { todayVn } from '../../platform/clock';
import { PERSON_ACTIONS } from './person-access';

const isoDate = z.iso.date({ error: 'Ngày phải có dạng YYYY-MM-DD và là ngày có thật' });
const pastDate = isoDate.refine((d) => d >= '1900-01-01' && d <= todayVn(), {
  error: 'Ngày phải nằm trong khoảng từ 01/01/1900 đến hôm nay',
});

const personFields = {
  fullName: z
    .string({ error: 'Vui lòng nhập họ và tên' })
    .trim()
    .min(2, 'Họ và tên cần ít nhất 2 ký tự')
    .max(120, 'Họ và tên tối đa 120 ký tự')
    .regex(/^[\p{L}\s'.-]+$/u, 'Họ và tên chỉ gồm chữ cái và khoảng trắng'),
  gender: z.enum(['NAM', 'NU'], { error: 'Giới tính phải là Nam hoặc Nữ' }),
  birthDate: pastDate.nullable().optional(),
  ethnicity: z.string().trim().max(50).nullable().optional(),
  citizenId: z
    .string()
    .trim()
    .regex(/^\d{12}$/, 'Số CCCD gồm đúng 12 chữ số')
    .nullable()
    .optional(),
  position: z.string().trim().max(120).nullable().optional(),
  isLeader: z.boolean().default(false),
  isDirectWorker: z.boolean().default(false),
  subjectGroup: z.enum(SUBJECT_GROUPS).default('CBCCVC'),
  recruitedOn: pastDate.nullable().optional(),
  unitId: z.uuid({ error: 'Vui lòng chọn đơn vị' }),
};

export const createPersonInput = z.object(personFields).strict().openapi('CreatePersonInput');
export type CreatePersonInput = z.infer<typeof createPersonInput>;

export const updatePersonInput = z
  .object({
    version: z.number().int().positive(),
    fullName: personFields.fullName.optional(),
    gender: personFields.gender.optional(),
    birthDate: personFields.birthDate,
    ethnicity: personFields.ethnicity,
    citizenId: personFields.citizenId,
    position: personFields.position,
    isLeader: z.boolean().optional(),
    isDirectWorker: z.boolean().optional(),
    subjectGroup: z.enum(SUBJECT_GROUPS).optional(),
    recruitedOn: personFields.recruitedOn,
    unitId: personFields.unitId.optional(),
    /** Date of the transfer when unitId changes; defaults to today. */
    transferDate: isoDate.optional(),
  })
  .strict()
  .openapi('UpdatePersonInput');
export type UpdatePersonInput = z.infer<typeof updatePersonInput>;

export const listPeopleQuery = z.object({
  q: z.string().trim().max(120).optional(),
  unitId: z.uuid().optional(),
  page: z.coerce.number().int().min(1).max(100000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
  sort: z.enum(['name', '-name', 'unit', 'birthYear', '-birthYear']).default('name'),
  /** nextCursor of the previous page (same q, unitId and sort); page is then ignored. */
  cursor: z.string().max(1000).optional(),
});
export type ListPeopleQuery = z.infer<typeof listPeopleQuery>;

export const countPeopleQuery = listPeopleQuery.pick({ unitId: true });

export const peopleCountOutput = z
  .object({
    /** Every person in the actor's scope (or the chosen unit's subtree), counted exactly. */
    total: z.number(),
  })
  .openapi('PeopleCount');

export const personOutput = z
  .object({
    id: z.string(),
    fullName: z.string(),
    gender: z.enum(['NAM', 'NU']),
    birthDate: z.string().nullable(),
    ethnicity: z.string().nullable(),
    citizenId: z.string().nullable(),
    position: z.string().nullable(),
    isLeader: z.boolean(),
    isDirectWorker: z.boolean(),
    subjectGroup: z.enum(SUBJECT_GROUPS),
    recruitedOn: z.string().nullable(),
    unitId: z.string(),
    unitName: z.string(),
    version: z.number(),
    /** False when the sensitive fields above are masked. */
    isRevealed: z.boolean(),
  })
  .openapi('Person');
export type PersonOutput = z.infer<typeof personOutput>;

export const personPageOutput = z
  .object({
    items: z.array(personOutput),
    /** Matches counted up to 1,000; when more exist, 1,000 and totalCapped (the web shows "hơn 1.000"). */
    total: z.number(),
    totalCapped: z.boolean(),
    page: z.number(),
    pageSize: z.number(),
    /** Pass as cursor for the next page; null on the last page. */
    nextCursor: z.string().nullable(),
  })
  .openapi('PersonPage');

export const personDetailOutput = z
  .object({
    person: personOutput,
    /** What the current user may do on this person (person-access.ts PERSON_ACTIONS). */
    allowedActions: allowedActionsSchema('PersonAllowedActions', PERSON_ACTIONS),
    employment: z.array(
      z.object({
        unitId: z.string(),
        unitName: z.string(),
        position: z.string().nullable(),
        fromDate: z.string(),
        toDate: z.string().nullable(),
      }),
    ),
    ratings: z.array(z.object({ year: z.number(), rating: z.enum(RATINGS) })),
    awards: z.array(
      z.object({
        year: z.number(),
        // An open code: a province may add its own awards (checked against its catalogue on write).
        awardCode: z.string(),
        kind: z.enum(AWARD_KINDS),
        decisionNumber: z.string().nullable(),
        decisionDate: z.string().nullable(),
        amountVnd: z.number().nullable(),
        isRevoked: z.boolean(),
      }),
    ),
  })
  .openapi('PersonDetail');
