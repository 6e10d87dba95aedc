import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { portalSettingsInput, portalSettingsOutput } from './portal-settings.schemas';
import { getPortalSettings, updatePortalSettings } from './portal-settings.service';

const tags = ['portal'];

const read = defineRoute(
  { permission: 'portal:manage' },
  {
    method: 'get',
    path: '/portal-settings',
    summary: 'Xem thiết lập công khai trên cổng',
    tags,
    responses: { 200: jsonResponse(portalSettingsOutput, 'Các cấp quyết định được công khai') },
  },
);

const update = defineRoute(
  { permission: 'portal:manage' },
  {
    method: 'put',
    path: '/portal-settings',
    summary: 'Lưu thiết lập công khai trên cổng',
    tags,
    request: jsonBody(portalSettingsInput),
    responses: { 200: jsonResponse(portalSettingsOutput, 'Đã lưu thiết lập công khai') },
  },
);

export function registerPortalSettingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(read, async (c) => c.json(await getPortalSettings(c.get('deps').db, requestContext(c)), 200));
  app.openapi(update, async (c) =>
    c.json(await updatePortalSettings(c.get('deps').db, requestContext(c), c.req.valid('json')), 200),
  );
}
