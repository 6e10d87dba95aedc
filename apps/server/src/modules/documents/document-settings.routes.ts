import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { documentSettingsInput, documentSettingsOutput } from './document-settings.schemas';
import { getDocumentSettings, updateDocumentSettings } from './document-settings.service';

const tags = ['documents'];

const read = defineRoute(
  { permission: 'document:generate' },
  {
    method: 'get',
    path: '/document-settings',
    summary: 'Xem thiết lập văn bản của đơn vị',
    tags,
    responses: { 200: jsonResponse(documentSettingsOutput, 'Thiết lập văn bản của đơn vị') },
  },
);

const update = defineRoute(
  { permission: 'documentSettings:manage' },
  {
    method: 'put',
    path: '/document-settings',
    summary: 'Lưu thiết lập văn bản của đơn vị',
    tags,
    request: jsonBody(documentSettingsInput),
    responses: { 200: jsonResponse(documentSettingsOutput, 'Đã lưu thiết lập văn bản') },
  },
);

export function registerDocumentSettingsRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(read, async (c) => c.json(await getDocumentSettings(c.get('deps').db, requestContext(c)), 200));
  app.openapi(update, async (c) =>
    c.json(await updateDocumentSettings(c.get('deps').db, requestContext(c), c.req.valid('json')), 200),
  );
}
