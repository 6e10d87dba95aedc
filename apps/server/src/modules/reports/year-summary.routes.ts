import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, DOCX_TYPE, sendFile } from '../../lib/download';
import { jsonBody } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { yearSummaryInput } from './year-summary.schemas';
import { generateYearSummary } from './year-summary.service';

// POST, not GET: the officer's three sections travel in the body and can be long.
const summary = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'post',
    path: '/reports/year-summary.docx',
    summary: 'Tạo bản thảo báo cáo tổng kết (sơ kết) công tác thi đua, khen thưởng (.docx)',
    tags: ['reports'],
    request: jsonBody(yearSummaryInput),
    responses: {
      200: binaryResponse(
        DOCX_TYPE,
        'Báo cáo tổng kết năm hoặc sơ kết 6 tháng (.docx), điền sẵn số liệu của đơn vị và cấp dưới',
      ),
    },
  },
);

export function registerYearSummaryRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(summary, async (c) => {
    return sendFile(
      c,
      DOCX_TYPE,
      await generateYearSummary(c.get('deps').db, requestContext(c), c.req.valid('json')),
    );
  });
}
