import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { sendFile, XLSX_TYPE } from '../../lib/download';
import { fileResponse, jsonResponse, XLSX } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { writeXlsx } from '../../lib/xlsx';
import { loadAwardNamer } from '../rule-params/index';
import { awardExportColumns } from './award-search.export';
import { awardPageOutput, searchAwardsQuery } from './award-search.schemas';
import { exportAwards, searchAwards } from './award-search.service';

const list = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/awards',
    summary: 'Tra cứu khen thưởng',
    tags: ['records'],
    request: { query: searchAwardsQuery },
    responses: { 200: jsonResponse(awardPageOutput, 'Tra cứu khen thưởng') },
  },
);
const exportXlsx = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/awards/export.xlsx',
    summary: 'Xuất kết quả tra cứu khen thưởng ra Excel',
    tags: ['records'],
    request: { query: searchAwardsQuery },
    responses: { 200: fileResponse(XLSX, 'Tệp Excel kết quả tra cứu khen thưởng') },
  },
);

export function registerAwardSearchRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const seconds = c.get('deps').config.pageCacheSeconds;
    return c.json(await searchAwards(c.get('readDb'), requestContext(c), c.req.valid('query'), seconds), 200);
  });
  app.openapi(exportXlsx, async (c) => {
    const ctx = requestContext(c);
    const seconds = c.get('deps').config.pageCacheSeconds;
    const rows = await exportAwards(c.get('readDb'), ctx, c.req.valid('query'), seconds);
    const names = await loadAwardNamer(c.get('readDb'), ctx.actor.tenantId);
    const file = await writeXlsx('Khen thưởng', awardExportColumns(names), rows);
    return sendFile(c, XLSX_TYPE, { file, name: 'tra-cuu-khen-thuong.xlsx' });
  });
}
