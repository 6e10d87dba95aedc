import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { awardCatalogueQuery, catalogueAwardOutput } from '../tenant-awards/index';
import { listAwardCatalogue } from './award-catalogue';

// The catalogue is the rule sets in force plus the province's own awards, so it is served from here.
const catalogue = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/award-catalogue',
    summary: 'Danh mục danh hiệu, hình thức khen thưởng đang có hiệu lực của tỉnh (pháp luật và của tỉnh)',
    tags: ['rules'],
    request: { query: awardCatalogueQuery },
    responses: {
      200: jsonResponse(z.object({ items: z.array(catalogueAwardOutput) }), 'Danh mục theo năm'),
    },
  },
);

export function registerAwardCatalogueRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(catalogue, async (c) => {
    const { year } = c.req.valid('query');
    const items = await listAwardCatalogue(c.get('deps').db, requestContext(c), year);
    return c.json({ items }, 200);
  });
}
