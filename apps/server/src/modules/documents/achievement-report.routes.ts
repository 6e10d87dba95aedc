import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { defineRoute } from '../../lib/route';
import { achievementReportQuery } from './achievement-report.schemas';
import { generatePersonAchievementReport, generateUnitAchievementReport } from './achievement-report.service';
import { attachment, binaryResponse, DOCX_TYPE, idParam } from './download';

const tags = ['documents'];
const request = { params: idParam, query: achievementReportQuery };

const person = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/people/{id}/documents/bao-cao-thanh-tich.docx',
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
    tags,
    request,
    responses: {
      200: binaryResponse(DOCX_TYPE, 'Báo cáo thành tích của tập thể (.docx), điền sẵn từ hồ sơ'),
    },
  },
);

const docx = (file: Buffer, name: string) => ({
  body: new Uint8Array(file),
  headers: { 'content-type': DOCX_TYPE, 'content-disposition': attachment(name) },
});

export function registerAchievementReportRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(person, async (c) => {
    const { file, name } = await generatePersonAchievementReport(
      c.get('deps').db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    const out = docx(file, name);
    return c.body(out.body, 200, out.headers);
  });
  app.openapi(unit, async (c) => {
    const { file, name } = await generateUnitAchievementReport(
      c.get('deps').db,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
    );
    const out = docx(file, name);
    return c.body(out.body, 200, out.headers);
  });
}
