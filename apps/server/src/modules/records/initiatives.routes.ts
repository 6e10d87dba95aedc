import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { createInitiativeInput, initiativeOutput, updateInitiativeInput } from './initiatives.schemas';
import { createInitiative, deleteInitiative, getInitiative, updateInitiative } from './initiatives.service';
import { deletedOutput } from './record-fields';

const write = { permission: 'record:write' } as const;
const tags = ['records'];

const get = defineRoute(
  { permission: 'record:read' },
  {
    method: 'get',
    path: '/initiatives/{id}',
    summary: 'Xem sáng kiến',
    tags,
    request: { params: idParam },
    responses: { 200: jsonResponse(initiativeOutput, 'Sáng kiến với các tác giả') },
  },
);
const create = defineRoute(write, {
  method: 'post',
  path: '/initiatives',
  summary: 'Thêm sáng kiến',
  tags,
  request: jsonBody(createInitiativeInput),
  responses: { 201: jsonResponse(initiativeOutput, 'Đã thêm sáng kiến') },
});
const update = defineRoute(write, {
  method: 'patch',
  path: '/initiatives/{id}',
  summary: 'Sửa sáng kiến',
  tags,
  request: { params: idParam, ...jsonBody(updateInitiativeInput) },
  responses: { 200: jsonResponse(initiativeOutput, 'Đã cập nhật sáng kiến') },
});
const remove = defineRoute(write, {
  method: 'delete',
  path: '/initiatives/{id}',
  summary: 'Xóa sáng kiến',
  tags,
  request: { params: idParam },
  responses: { 200: jsonResponse(deletedOutput, 'Đã xóa sáng kiến') },
});

export function registerInitiativeRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) =>
    c.json(await getInitiative(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createInitiative(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateInitiative(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(remove, async (c) =>
    c.json(await deleteInitiative(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
}
