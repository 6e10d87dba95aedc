import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { createRatingInput, ratingOutput, updateRatingInput } from './ratings.schemas';
import { createRating, deleteRating, updateRating } from './ratings.service';
import { deletedOutput } from './record-fields';

const create = defineRoute(
  { permission: 'record:write' },
  {
    method: 'post',
    path: '/ratings',
    summary: 'Thêm kết quả đánh giá',
    tags: ['records'],
    request: jsonBody(createRatingInput),
    responses: { 201: jsonResponse(ratingOutput, 'Đã thêm kết quả đánh giá') },
  },
);
const update = defineRoute(
  { permission: 'record:write' },
  {
    method: 'patch',
    path: '/ratings/{id}',
    summary: 'Sửa kết quả đánh giá',
    tags: ['records'],
    request: { params: idParam, ...jsonBody(updateRatingInput) },
    responses: { 200: jsonResponse(ratingOutput, 'Đã cập nhật kết quả đánh giá') },
  },
);
const remove = defineRoute(
  { permission: 'record:write' },
  {
    method: 'delete',
    path: '/ratings/{id}',
    summary: 'Xóa kết quả đánh giá',
    tags: ['records'],
    request: { params: idParam },
    responses: { 200: jsonResponse(deletedOutput, 'Đã xóa kết quả đánh giá') },
  },
);

export function registerRatingRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(create, async (c) =>
    c.json(await createRating(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateRating(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(remove, async (c) =>
    c.json(await deleteRating(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
}
