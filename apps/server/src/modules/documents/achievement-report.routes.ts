import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, DOCX_TYPE, fileDownload } from '../../lib/download';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/org-units.schemas';
import { achievementReportQuery } from './achievement-report.schemas';
import { generatePersonAchievementReport, generateUnitAchievementReport } from './achievement-report.service';
import { generateHouseholdAchievementReport } from './household-report.service';

const tags = ['documents'];
const request = { params: idParam, query: achievementReportQuery };

const docxRoute = (path: string, summary: string, description: string) =>
  defineRoute(
    { permission: 'document:generate' },
    {
      method: 'get',
      path,
      summary,
      tags,
      request,
      responses: { 200: binaryResponse(DOCX_TYPE, description) },
    },
  );

const person = docxRoute(
  '/people/{id}/documents/bao-cao-thanh-tich.docx',
  'Tải báo cáo thành tích của cá nhân (.docx)',
  'Báo cáo thành tích của cá nhân (.docx), điền sẵn từ hồ sơ',
);
const unit = docxRoute(
  '/org-units/{id}/documents/bao-cao-thanh-tich.docx',
  'Tải báo cáo thành tích của tập thể (.docx)',
  'Báo cáo thành tích của tập thể (.docx), điền sẵn từ hồ sơ',
);
const home = docxRoute(
  '/households/{id}/documents/bao-cao-thanh-tich.docx',
  'Tải báo cáo thành tích của hộ gia đình (.docx)',
  'Báo cáo thành tích của hộ gia đình (.docx): chủ hộ, địa chỉ, danh hiệu và hình thức khen thưởng đã nhận',
);

export function registerAchievementReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(person, async (c) => {
    const { db } = c.get('deps');
    const file = await generatePersonAchievementReport(
      db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    const out = fileDownload(DOCX_TYPE, file);
    return c.body(out.body, 200, out.headers);
  });
  app.openapi(unit, async (c) => {
    const { db } = c.get('deps');
    const file = await generateUnitAchievementReport(
      db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    const out = fileDownload(DOCX_TYPE, file);
    return c.body(out.body, 200, out.headers);
  });
  app.openapi(home, async (c) => {
    const { db } = c.get('deps');
    const file = await generateHouseholdAchievementReport(
      db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    const out = fileDownload(DOCX_TYPE, file);
    return c.body(out.body, 200, out.headers);
  });
}
