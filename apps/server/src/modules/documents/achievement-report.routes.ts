import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { binaryResponse, DOCX_TYPE, fileDownload } from '../../lib/download';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/org-units.schemas';
import { achievementReportQuery } from './achievement-report.schemas';
import { generatePersonAchievementReport, generateUnitAchievementReport } from './achievement-report.service';

const tags = ['documents'];
const request = { params: idParam, query: achievementReportQuery };

const person = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/people/{id}/documents/bao-cao-thanh-tich.docx',
    summary: 'Tải báo cáo thành tích của cá nhân (.docx)',
    tags,
    request,
    responses: {
      200: binaryResponse(DOCX_TYPE, 'Báo cáo thành tích của cá nhân (.docx), điền sẵn từ hồ sơ'),
    },
  },
);

const unit = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/org-units/{id}/documents/bao-cao-thanh-tich.docx',
    summary: 'Tải báo cáo thành tích của tập thể (.docx)',
    tags,
    request,
    responses: {
      200: binaryResponse(DOCX_TYPE, 'Báo cáo thành tích của tập thể (.docx), điền sẵn từ hồ sơ'),
    },
  },
);

export function registerAchievementReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(person, async (c) => {
    const out = fileDownload(
      DOCX_TYPE,
      await generatePersonAchievementReport(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('query'),
      ),
    );
    return c.body(out.body, 200, out.headers);
  });
  app.openapi(unit, async (c) => {
    const out = fileDownload(
      DOCX_TYPE,
      await generateUnitAchievementReport(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('query'),
      ),
    );
    return c.body(out.body, 200, out.headers);
  });
}
