import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { requestContext } from '../../lib/context';
import { attachment, binaryResponse, sendFile, XLSX_TYPE } from '../../lib/download';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { getRollup, importRollupReports } from './report-rollup.service';
import {
  freezeInput,
  rollupImportInput,
  rollupImportOutput,
  rollupOutput,
  rollupQuery,
  signerList,
  signersQuery,
  snapshotDocumentOutput,
  snapshotList,
  snapshotListQuery,
  snapshotParams,
  snapshotSummary,
} from './report-snapshots.schemas';
import {
  freezeReport,
  getSnapshotDocument,
  listReportSigners,
  listReportSnapshots,
  renderSnapshotXlsx,
  snapshotFileName,
} from './report-snapshots.service';

const tags = ['reports'];

const signers = defineRoute(
  { permission: 'report:freeze' },
  {
    method: 'get',
    path: '/reports/snapshots/signers',
    summary: 'Danh sách lãnh đạo có thể ký báo cáo thống kê của đơn vị',
    tags,
    request: { query: signersQuery },
    responses: { 200: jsonResponse(signerList, 'Lãnh đạo ký báo cáo') },
  },
);
const freeze = defineRoute(
  { permission: 'report:freeze' },
  {
    method: 'post',
    path: '/reports/snapshots',
    summary: 'Chốt số liệu biểu mẫu thống kê (không sửa được sau khi chốt)',
    tags,
    request: jsonBody(freezeInput),
    responses: { 201: jsonResponse(snapshotSummary, 'Báo cáo đã chốt') },
  },
);
const list = defineRoute(
  { permission: 'report:read' },
  {
    method: 'get',
    path: '/reports/snapshots',
    summary: 'Danh sách báo cáo thống kê đã chốt',
    tags,
    request: { query: snapshotListQuery },
    responses: { 200: jsonResponse(snapshotList, 'Báo cáo đã chốt') },
  },
);
const exportJson = defineRoute(
  { permission: 'report:read' },
  {
    method: 'get',
    path: '/reports/snapshots/{id}/export.json',
    summary: 'Tải báo cáo đã chốt dạng JSON để gửi cấp trên',
    tags,
    request: { params: snapshotParams },
    responses: { 200: jsonResponse(snapshotDocumentOutput, 'Báo cáo đã chốt (JSON theo lược đồ công bố)') },
  },
);
const exportXlsx = defineRoute(
  { permission: 'report:read' },
  {
    method: 'get',
    path: '/reports/snapshots/{id}/export.xlsx',
    summary: 'Tải báo cáo đã chốt (.xlsx)',
    tags,
    request: { params: snapshotParams },
    responses: { 200: binaryResponse(XLSX_TYPE, 'Báo cáo đã chốt (.xlsx)') },
  },
);
const importReports = defineRoute(
  { permission: 'report:manage' },
  {
    method: 'post',
    path: '/reports/rollup/imports',
    summary: 'Nhận báo cáo JSON đã chốt của các tỉnh, bộ, ngành để tổng hợp',
    tags,
    request: jsonBody(rollupImportInput),
    responses: { 200: jsonResponse(rollupImportOutput, 'Kết quả nhận từng tệp') },
  },
);
const rollup = defineRoute(
  { permission: 'report:read' },
  {
    method: 'get',
    path: '/reports/rollup',
    summary: 'Xem tổng hợp báo cáo của các tỉnh, bộ, ngành',
    tags,
    request: { query: rollupQuery },
    responses: { 200: jsonResponse(rollupOutput, 'Tổng hợp và số liệu từng đơn vị gửi') },
  },
);

/** Freezing forms, their exports, and the roll-up of the reports received from below. */
export function registerReportSnapshotRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(signers, async (c) =>
    c.json(await listReportSigners(c.get('deps').db, requestContext(c), c.req.valid('query').unitId), 200),
  );
  app.openapi(freeze, async (c) =>
    c.json(await freezeReport(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(list, async (c) =>
    c.json(await listReportSnapshots(c.get('deps').db, requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(exportJson, async (c) => {
    const doc = await getSnapshotDocument(c.get('deps').db, requestContext(c), c.req.valid('param').id);
    return c.json(doc, 200, { 'content-disposition': attachment(snapshotFileName(doc)) });
  });
  app.openapi(exportXlsx, async (c) => {
    const doc = await getSnapshotDocument(c.get('deps').db, requestContext(c), c.req.valid('param').id);
    return sendFile(c, XLSX_TYPE, await renderSnapshotXlsx(doc));
  });
  app.openapi(importReports, async (c) =>
    c.json(await importRollupReports(c.get('deps').db, requestContext(c), c.req.valid('json')), 200),
  );
  app.openapi(rollup, async (c) =>
    c.json(await getRollup(c.get('deps').db, requestContext(c), c.req.valid('query')), 200),
  );
}
