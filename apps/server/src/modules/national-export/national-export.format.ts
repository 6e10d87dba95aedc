import { z } from 'zod';

/**
 * The neutral export of awards for the national commendation database, version 1.
 * One record per award with its decision and subject inline, so a receiver needs no joins.
 * Personal data is minimised: no citizen ID (only its keyed hash), no birth date (only the year),
 * no ethnicity. Receivers upsert by (tenant.code, award.id) and keep the highest `version`.
 */
export const NATIONAL_EXPORT_FORMAT = 'vinhdanh-national-export/1';

const subject = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('PERSON'),
    id: z.guid(),
    fullName: z.string(),
    gender: z.enum(['NAM', 'NU']),
    birthYear: z.number().int().nullable(),
    /** HMAC-SHA256 of the 12-digit citizen ID with the deployment's export key (hex), or null. */
    citizenIdHmac: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .nullable(),
    position: z.string().nullable(),
    unit: z.object({ code: z.string(), name: z.string() }),
  }),
  z.object({
    type: z.literal('COLLECTIVE'),
    id: z.guid(),
    name: z.string(),
    code: z.string(),
  }),
  z.object({
    type: z.literal('HOUSEHOLD'),
    id: z.guid(),
    headName: z.string(),
    unit: z.object({ code: z.string(), name: z.string() }),
  }),
]);

export const nationalExportRecord = z.object({
  id: z.guid(),
  version: z.number().int().positive(),
  awardCode: z.string(),
  kind: z.string(),
  year: z.number().int(),
  periodStartYear: z.number().int().nullable(),
  achievement: z.string().nullable(),
  amountVnd: z.number().int().nullable(),
  revoked: z.boolean(),
  revokedOn: z.iso.date().nullable(),
  revocationGround: z.enum(['A', 'B', 'C', 'D']).nullable(),
  decision: z
    .object({
      number: z.string(),
      date: z.iso.date().nullable(),
      issuer: z.string().nullable(),
      signer: z.string().nullable(),
    })
    .nullable(),
  subject,
  changedAt: z.iso.datetime({ offset: true }),
});

export const nationalExportDocument = z.object({
  format: z.literal(NATIONAL_EXPORT_FORMAT),
  tenant: z.object({
    code: z.string(),
    name: z.string(),
    kind: z.enum(['PROVINCE', 'MINISTRY', 'NATIONAL']),
  }),
  generatedAt: z.iso.datetime({ offset: true }),
  /** Exclusive lower bound of `changedAt`, or null for a full export. */
  since: z.iso.datetime({ offset: true }).nullable(),
  /** Inclusive upper bound; pass it as `--since` to the next run. */
  until: z.iso.datetime({ offset: true }),
  records: z.array(nationalExportRecord),
});

export type NationalExportDocument = z.infer<typeof nationalExportDocument>;
export type NationalExportRecord = z.infer<typeof nationalExportRecord>;

/** The published JSON Schema (docs/schemas/national-export-v1.schema.json is this, kept in step by a test). */
export function nationalExportJsonSchema() {
  return {
    $id: 'https://vinhdanh.example/schemas/national-export-v1.schema.json',
    title: 'Vinh Danh — dữ liệu khen thưởng gửi cơ sở dữ liệu quốc gia (phiên bản 1)',
    ...z.toJSONSchema(nationalExportDocument, { target: 'draft-2020-12' }),
  };
}
