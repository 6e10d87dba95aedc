import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam, yearQuery } from './emulation-fields';
import {
  createMovementInput,
  movementAwardInput,
  movementAwardOutput,
  movementDetail,
  movementDocumentQuery,
  movementSummary,
  transitionMovementInput,
  updateMovementInput,
} from './movements.schemas';
import {
  addMovementAward,
  attachMovementDocument,
  changeMovementState,
  createMovement,
  getMovement,
  getMovements,
  MOVEMENT_DOCUMENT_UPLOAD,
  updateMovement,
} from './movements.service';
import { registerRegistrationRoutes } from './registrations.routes';

const tags = ['movements'];
const list = defineRoute(
  { permission: 'movement:read' },
  {
    method: 'get',
    path: '/movements',
    summary: 'Tìm phong trào thi đua',
    tags,
    request: { query: yearQuery },
    responses: { 200: jsonResponse(z.object({ items: z.array(movementSummary) }), 'Phong trào thi đua') },
  },
);
const create = defineRoute(
  { permission: 'movement:manage' },
  {
    method: 'post',
    path: '/movements',
    summary: 'Tạo phong trào thi đua',
    tags,
    request: jsonBody(createMovementInput),
    responses: { 201: jsonResponse(movementDetail, 'Đã tạo phong trào') },
  },
);
const detail = defineRoute(
  { permission: 'movement:read' },
  {
    method: 'get',
    path: '/movements/{id}',
    summary: 'Xem phong trào thi đua',
    tags,
    request: { params: idParam },
    responses: { 200: jsonResponse(movementDetail, 'Phong trào thi đua') },
  },
);
const update = defineRoute(
  { permission: 'movement:manage' },
  {
    method: 'patch',
    path: '/movements/{id}',
    summary: 'Sửa phong trào thi đua',
    tags,
    request: { params: idParam, ...jsonBody(updateMovementInput) },
    responses: { 200: jsonResponse(movementDetail, 'Đã cập nhật phong trào') },
  },
);
const transition = defineRoute(
  { permission: 'movement:manage' },
  {
    method: 'post',
    path: '/movements/{id}/transition',
    summary: 'Chuyển bước phong trào thi đua',
    tags,
    request: { params: idParam, ...jsonBody(transitionMovementInput) },
    responses: { 200: jsonResponse(movementDetail, 'Đã chuyển bước phong trào') },
  },
);
const document = defineRoute(
  { permission: 'movement:manage' },
  {
    method: 'post',
    path: MOVEMENT_DOCUMENT_UPLOAD.path,
    summary: 'Đính kèm văn bản phát động',
    tags,
    // The raw file is the body (the one upload path, platform/upload).
    request: { params: idParam, query: movementDocumentQuery, body: MOVEMENT_DOCUMENT_UPLOAD.body },
    responses: { 200: jsonResponse(movementDetail, 'Đã đính kèm văn bản phát động') },
  },
);
const awardRoute = defineRoute(
  { permission: 'movement:manage' },
  {
    method: 'post',
    path: '/movements/{id}/awards',
    summary: 'Ghi nhận khen thưởng khi tổng kết phong trào',
    tags,
    request: { params: idParam, ...jsonBody(movementAwardInput) },
    responses: {
      201: jsonResponse(movementAwardOutput, 'Đã ghi nhận khen thưởng'),
    },
  },
);

export function registerMovementRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json(
      { items: await getMovements(c.get('deps').db, requestContext(c), c.req.valid('query').year) },
      200,
    ),
  );
  app.openapi(create, async (c) =>
    c.json(await createMovement(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(detail, async (c) =>
    c.json(await getMovement(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateMovement(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(transition, async (c) =>
    c.json(
      await changeMovementState(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(document, async (c) => {
    const deps = c.get('deps');
    const result = await attachMovementDocument(
      deps.db,
      deps.config.dataDir,
      requestContext(c),
      c.req.valid('param').id,
      c.req.valid('query'),
      new Uint8Array(await c.req.arrayBuffer()),
    );
    return c.json(result, 200);
  });
  app.openapi(awardRoute, async (c) =>
    c.json(
      await addMovementAward(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      201,
    ),
  );
  registerRegistrationRoutes(app);
}
