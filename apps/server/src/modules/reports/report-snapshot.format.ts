import { createHash } from 'node:crypto';
import { z } from '@hono/zod-openapi';
import { canonicalJson } from '../../lib/canonical-json';

// The machine-readable export of a frozen statistical form: what a province sends up and a
// ministry or the national body reads back, on another deployment with its own database. It
// carries everything needed to print and add up the form, so the receiver needs neither the
// sender's records nor its unit ids. Published as docs/schemas/report-snapshot.schema.json.

export const REPORT_SNAPSHOT_FORMAT = 'vinhdanh-report-snapshot/1';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD');
// A timestamp with its offset (UTC "Z" or "+07:00"); a plain regex keeps the schema free of formats.
const isoDateTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, 'Thời điểm không hợp lệ');
const text = (max: number) => z.string().min(1).max(max);
const lineCode = z.string().regex(/^[\w-]{1,12}$/, 'Mã hàng, cột không hợp lệ');

const line = z.strictObject({
  code: lineCode,
  label: z.string().max(500),
  unit: z.string().max(50).optional(),
  depth: z.number().int().min(0).max(10),
  isHeading: z.boolean(),
  groups: z.array(z.string().max(200)).max(10),
});

const person = z.strictObject({
  fullName: text(200),
  positionTitle: z.string().max(200).nullable(),
});

/** The document without its hash: what the hash is computed over. */
export const reportSnapshotContent = z.strictObject({
  format: z.literal(REPORT_SNAPSHOT_FORMAT),
  /** The tenant that froze and sends the report. */
  sender: z.strictObject({
    code: text(50),
    name: text(300),
    kind: z.enum(['PROVINCE', 'MINISTRY', 'NATIONAL']),
  }),
  report: z.strictObject({
    form: text(50),
    formCode: z.string().regex(/^\d{4}$/),
    /** The definition version (the circular), e.g. "TT 2/2023/TT-BNV". */
    version: text(100),
    title: text(500),
    citation: z.string().max(500),
    dueNote: z.string().max(500),
    /** The period: the calendar year the form counts. */
    year: z.number().int().min(2000).max(2100),
    /** The unit whose subtree the form counts; the whole tenant when it is the root. */
    scope: z.strictObject({ unitCode: text(50), unitName: text(300), isWholeTenant: z.boolean() }),
    rows: z.array(line).min(1).max(200),
    columns: z.array(line).min(1).max(100),
    /** Figures by row code, then column code; every figure a whole number ≥ 0. */
    cells: z.record(lineCode, z.record(lineCode, z.number().int().min(0))),
  }),
  /** 1, 2, …: a correction is frozen again as the next revision and replaces the earlier one. */
  revision: z.number().int().min(1),
  frozenAt: isoDateTime,
  /** The signing date printed on the form (Vietnam time). */
  frozenOn: isoDate,
  frozenBy: person,
  signer: person,
});

export const reportSnapshotDocument = reportSnapshotContent.extend({
  /** SHA-256 (hex) of the canonical JSON (keys sorted at every level) of the document without this field. */
  contentHash: z.string().regex(/^[0-9a-f]{64}$/, 'Mã băm phải là SHA-256 dạng hex'),
});

export type ReportSnapshotContent = z.infer<typeof reportSnapshotContent>;
export type ReportSnapshotDocument = z.infer<typeof reportSnapshotDocument>;

export const hashSnapshotContent = (content: ReportSnapshotContent): string =>
  createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');

/** Whether a document's hash matches its content (it was not edited after it was frozen). */
export function verifySnapshotDocument(doc: ReportSnapshotDocument): boolean {
  const { contentHash, ...content } = doc;
  return hashSnapshotContent(content) === contentHash;
}

/** The published JSON Schema (docs/schemas/report-snapshot.schema.json is this, kept in step by a test). */
export function reportSnapshotJsonSchema() {
  return {
    $id: 'https://vinhdanh.example/schemas/report-snapshot.schema.json',
    title: 'Vinh Danh — biểu mẫu thống kê thi đua, khen thưởng đã chốt (phiên bản 1)',
    ...z.toJSONSchema(reportSnapshotDocument, { target: 'draft-2020-12' }),
  };
}
