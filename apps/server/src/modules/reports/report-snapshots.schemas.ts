import { z } from '@hono/zod-openapi';
import { FORM_CODES } from '@vinhdanh/domain/reports/report-catalogue';
import { reportSnapshotDocument } from './report-snapshot.format';

const formCode = z.enum(FORM_CODES, { error: 'Biểu mẫu phải là 0601, 0602 hoặc 0603' });
const reportYear = z.coerce
  .number({ error: 'Năm báo cáo phải là số' })
  .int('Năm báo cáo phải là số nguyên')
  .min(2000, 'Năm báo cáo không được trước 2000')
  .max(2100, 'Năm báo cáo không hợp lệ');
const unitId = z.uuid({ error: 'Mã đơn vị không hợp lệ' });

export const freezeInput = z
  .object({
    form: formCode,
    year: reportYear,
    unitId: unitId.optional(),
    signerUserId: z.uuid({ error: 'Hãy chọn lãnh đạo ký báo cáo' }),
    /** The signing date printed on the form; today (Vietnam time) when absent. */
    signedOn: z.iso.date({ error: 'Ngày ký phải có dạng YYYY-MM-DD và là ngày có thật' }).optional(),
  })
  .openapi('FreezeReportInput');
export type FreezeInput = z.infer<typeof freezeInput>;

export const snapshotListQuery = z.object({
  form: formCode.optional(),
  year: reportYear.optional(),
  unitId: unitId.optional(),
});
export type SnapshotListQuery = z.infer<typeof snapshotListQuery>;

export const signersQuery = z.object({ unitId: unitId.optional() });

export const snapshotParams = z.object({ id: z.uuid({ error: 'Mã báo cáo không hợp lệ' }) });

export const snapshotSummary = z
  .object({
    id: z.string(),
    formCode: z.string(),
    version: z.string(),
    year: z.number(),
    revision: z.number(),
    unitId: z.string(),
    unitName: z.string(),
    contentHash: z.string(),
    frozenOn: z.string(),
    frozenAt: z.string(),
    signerName: z.string(),
    signerPosition: z.string().nullable(),
    frozenByName: z.string(),
  })
  .openapi('ReportSnapshot');
export type SnapshotSummary = z.infer<typeof snapshotSummary>;

export const snapshotList = z.object({ items: z.array(snapshotSummary) }).openapi('ReportSnapshotList');

export const signerList = z
  .object({
    items: z.array(z.object({ id: z.string(), fullName: z.string(), positionTitle: z.string().nullable() })),
  })
  .openapi('ReportSignerList');

export const snapshotDocumentOutput = reportSnapshotDocument.openapi('ReportSnapshotDocument');

// Roll-up: the files travel as text inside JSON, so a file that is not JSON reaches the server
// and is refused there with its own code (a browser-side parse would hide which file was wrong).
export const rollupImportInput = z
  .object({
    files: z
      .array(
        z.object({
          name: z.string().trim().min(1, 'Thiếu tên tệp').max(200, 'Tên tệp tối đa 200 ký tự'),
          content: z.string().max(1_000_000, 'Tệp báo cáo lớn hơn 1 MB'),
        }),
      )
      .min(1, 'Hãy chọn ít nhất một tệp')
      .max(100, 'Mỗi lần tải lên tối đa 100 tệp'),
  })
  .openapi('RollupImportInput');
export type RollupImportInput = z.infer<typeof rollupImportInput>;

export const rollupImportOutput = z
  .object({
    results: z.array(
      z.object({
        name: z.string(),
        senderCode: z.string(),
        senderName: z.string(),
        formCode: z.string(),
        year: z.number(),
        revision: z.number(),
        outcome: z.enum(['CREATED', 'UNCHANGED', 'REPLACED']),
      }),
    ),
  })
  .openapi('RollupImportResult');

export const rollupQuery = z.object({ form: formCode, year: reportYear });
export type RollupQuery = z.infer<typeof rollupQuery>;

const line = z.object({
  code: z.string(),
  label: z.string(),
  unit: z.string().optional(),
  depth: z.number(),
  isHeading: z.boolean(),
  groups: z.array(z.string()),
});
const cells = z.record(z.string(), z.record(z.string(), z.number()));

export const rollupOutput = z
  .object({
    formCode: z.string(),
    year: z.number(),
    /** One table per definition version received (normally one). */
    groups: z.array(
      z.object({
        version: z.string(),
        form: z.string(),
        title: z.string(),
        rows: z.array(line),
        columns: z.array(line),
        total: cells,
        senders: z.array(
          z.object({
            code: z.string(),
            name: z.string(),
            revision: z.number(),
            frozenOn: z.string(),
            signerName: z.string(),
            signerPosition: z.string().nullable(),
            contentHash: z.string(),
            importedAt: z.string(),
            cells,
          }),
        ),
      }),
    ),
  })
  .openapi('ReportRollup');
export type RollupOutput = z.infer<typeof rollupOutput>;
