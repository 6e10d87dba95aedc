import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import {
  closeHoldInput,
  createDisciplineInput,
  disciplineOutput,
  holdOutput,
  openHoldInput,
  updateDisciplineInput,
  updateHoldInput,
} from './conduct.schemas';
import {
  closeHold,
  createDiscipline,
  deleteDiscipline,
  deleteHold,
  openHold,
  updateDiscipline,
  updateHold,
} from './conduct.service';
import { deletedOutput } from './record-fields';

const write = { permission: 'record:write' } as const;
const tags = ['records'];

const createDisciplineRoute = defineRoute(write, {
  method: 'post',
  path: '/disciplines',
  summary: 'Thêm kỷ luật',
  tags,
  request: jsonBody(createDisciplineInput),
  responses: { 201: jsonResponse(disciplineOutput, 'Đã thêm kỷ luật') },
});
const updateDisciplineRoute = defineRoute(write, {
  method: 'patch',
  path: '/disciplines/{id}',
  summary: 'Sửa kỷ luật',
  tags,
  request: { params: idParam, ...jsonBody(updateDisciplineInput) },
  responses: { 200: jsonResponse(disciplineOutput, 'Đã cập nhật kỷ luật') },
});
const deleteDisciplineRoute = defineRoute(write, {
  method: 'delete',
  path: '/disciplines/{id}',
  summary: 'Xóa kỷ luật',
  tags,
  request: { params: idParam },
  responses: { 200: jsonResponse(deletedOutput, 'Đã xóa kỷ luật') },
});
const openHoldRoute = defineRoute(write, {
  method: 'post',
  path: '/holds',
  summary: 'Mở vụ việc tạm dừng xét',
  tags,
  request: jsonBody(openHoldInput),
  responses: { 201: jsonResponse(holdOutput, 'Đã mở vụ việc tạm dừng xét') },
});
const updateHoldRoute = defineRoute(write, {
  method: 'patch',
  path: '/holds/{id}',
  summary: 'Sửa vụ việc tạm dừng xét',
  tags,
  request: { params: idParam, ...jsonBody(updateHoldInput) },
  responses: { 200: jsonResponse(holdOutput, 'Đã cập nhật vụ việc') },
});
const closeHoldRoute = defineRoute(write, {
  method: 'post',
  path: '/holds/{id}/close',
  summary: 'Đóng vụ việc tạm dừng xét',
  tags,
  request: { params: idParam, ...jsonBody(closeHoldInput) },
  responses: { 200: jsonResponse(holdOutput, 'Đã đóng vụ việc') },
});
const deleteHoldRoute = defineRoute(write, {
  method: 'delete',
  path: '/holds/{id}',
  summary: 'Xóa vụ việc tạm dừng xét',
  tags,
  request: { params: idParam },
  responses: { 200: jsonResponse(deletedOutput, 'Đã xóa vụ việc') },
});

export function registerConductRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(createDisciplineRoute, async (c) =>
    c.json(await createDiscipline(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(updateDisciplineRoute, async (c) =>
    c.json(
      await updateDiscipline(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(deleteDisciplineRoute, async (c) =>
    c.json(await deleteDiscipline(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(openHoldRoute, async (c) =>
    c.json(await openHold(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(updateHoldRoute, async (c) =>
    c.json(
      await updateHold(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(closeHoldRoute, async (c) =>
    c.json(
      await closeHold(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(deleteHoldRoute, async (c) =>
    c.json(await deleteHold(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
}
