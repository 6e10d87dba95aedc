import type { OpenAPIHono } from '@hono/zod-openapi';
import type { AppEnv } from '../../lib/context';
import { requestContext } from '../../lib/context';
import { binaryResponse, PDF_TYPE, sendFile, XLSX_TYPE } from '../../lib/download';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { registerDashboardRoutes } from './dashboard.routes';
import { registerFairnessRoutes } from './fairness.routes';
import { renderFormPdf } from './report-pdf';
import { registerReportSnapshotRoutes } from './report-snapshots.routes';
import { renderFormXlsx } from './report-xlsx';
import { cellOutput, cellQuery, formOutput, formQuery } from './reports.schemas';
import { getCellRecords, getStatisticalForm } from './reports.service';
import { registerYearSummaryRoutes } from './year-summary.routes';

const tags = ['reports'];
const access = { permission: 'report:read' } as const;

const form = defineRoute(access, {
  method: 'get',
  path: '/reports/forms',
  summary: 'Xem biểu mẫu thống kê',
  tags,
  request: { query: formQuery },
  responses: { 200: jsonResponse(formOutput, 'Biểu mẫu thống kê') },
});
const cell = defineRoute(access, {
  method: 'get',
  path: '/reports/forms/records',
  summary: 'Xem bản ghi của một ô số liệu',
  tags,
  request: { query: cellQuery },
  responses: { 200: jsonResponse(cellOutput, 'Danh sách bản ghi của một ô số liệu') },
});
const xlsx = defineRoute(access, {
  method: 'get',
  path: '/reports/forms/export.xlsx',
  summary: 'Xuất biểu mẫu thống kê (.xlsx)',
  tags,
  request: { query: formQuery },
  responses: { 200: binaryResponse(XLSX_TYPE, 'Biểu mẫu thống kê (.xlsx)') },
});
const pdf = defineRoute(access, {
  method: 'get',
  path: '/reports/forms/export.pdf',
  summary: 'Xuất biểu mẫu thống kê (.pdf)',
  tags,
  request: { query: formQuery },
  responses: { 200: binaryResponse(PDF_TYPE, 'Biểu mẫu thống kê (.pdf)') },
});

export function registerReportRoutes(app: OpenAPIHono<AppEnv>) {
  registerFairnessRoutes(app);
  registerDashboardRoutes(app);
  registerYearSummaryRoutes(app);
  registerReportSnapshotRoutes(app);
  app.openapi(form, async (c) =>
    c.json(await getStatisticalForm(c.get('readDb'), requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(cell, async (c) =>
    c.json(await getCellRecords(c.get('readDb'), requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(xlsx, async (c) => {
    const f = await getStatisticalForm(c.get('readDb'), requestContext(c), c.req.valid('query'));
    return sendFile(c, XLSX_TYPE, await renderFormXlsx(f));
  });
  app.openapi(pdf, async (c) => {
    const f = await getStatisticalForm(c.get('readDb'), requestContext(c), c.req.valid('query'));
    return sendFile(c, PDF_TYPE, await renderFormPdf(f));
  });
}
