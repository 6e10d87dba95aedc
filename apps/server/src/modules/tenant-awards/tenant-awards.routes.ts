import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { tenantAwardInput, tenantAwardOutput } from './tenant-awards.schemas';
import { listTenantAwardVersions, saveTenantAward } from './tenant-awards.service';

const list = defineRoute(
  { permission: 'eligibility:read' },
  {
    method: 'get',
    path: '/tenant-awards',
    summary: 'Danh hiệu, hình thức khen thưởng riêng của tỉnh (mọi phiên bản)',
    tags: ['rules'],
    responses: { 200: jsonResponse(z.object({ items: z.array(tenantAwardOutput) }), 'Danh mục riêng') },
  },
);

const save = defineRoute(
  { permission: 'ruleParams:manage' },
  {
    method: 'post',
    path: '/tenant-awards',
    summary: 'Thêm danh hiệu, hình thức khen thưởng riêng của tỉnh (hoặc phiên bản mới)',
    tags: ['rules'],
    request: { ...jsonBody(tenantAwardInput) },
    responses: { 201: jsonResponse(tenantAwardOutput, 'Đã lưu phiên bản') },
  },
);

export function registerTenantAwardRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const items = await listTenantAwardVersions(c.get('deps').db, requestContext(c));
    return c.json({ items }, 200);
  });
  app.openapi(save, async (c) => {
    const saved = await saveTenantAward(c.get('deps').db, requestContext(c), c.req.valid('json'));
    return c.json(saved, 201);
  });
}
