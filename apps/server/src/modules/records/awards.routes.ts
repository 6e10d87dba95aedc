import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import { awardOutput, createAwardInput, revokeAwardInput, updateAwardInput } from './awards.schemas';
import { createAward, deleteAward, revokeAward, updateAward } from './awards.service';
import { deletedOutput } from './record-fields';
import type { SignedDecisionCheck } from './signed-decision';

const write = { permission: 'record:write' } as const;
const tags = ['records'];

const create = defineRoute(write, {
  method: 'post',
  path: '/awards',
  summary: 'Thêm khen thưởng',
  tags,
  request: jsonBody(createAwardInput),
  responses: { 201: jsonResponse(awardOutput, 'Đã thêm khen thưởng') },
});
const update = defineRoute(write, {
  method: 'patch',
  path: '/awards/{id}',
  summary: 'Sửa khen thưởng',
  tags,
  request: { params: idParam, ...jsonBody(updateAwardInput) },
  responses: { 200: jsonResponse(awardOutput, 'Đã cập nhật khen thưởng') },
});
const revoke = defineRoute(write, {
  method: 'post',
  path: '/awards/{id}/revoke',
  summary: 'Thu hồi khen thưởng',
  tags,
  request: { params: idParam, ...jsonBody(revokeAwardInput) },
  responses: { 200: jsonResponse(awardOutput, 'Đã thu hồi khen thưởng') },
});
const remove = defineRoute(write, {
  method: 'delete',
  path: '/awards/{id}',
  summary: 'Xóa khen thưởng',
  tags,
  request: { params: idParam },
  responses: { 200: jsonResponse(deletedOutput, 'Đã xóa khen thưởng') },
});

/** `isDecisionSigned`: signing's check, passed in by the app (see signed-decision.ts). */
export function registerAwardRoutes(app: OpenAPIHono<AppEnv>, isDecisionSigned: SignedDecisionCheck) {
  app.openapi(create, async (c) =>
    c.json(
      await createAward(c.get('deps').db, requestContext(c), c.req.valid('json'), isDecisionSigned),
      201,
    ),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateAward(
        c.get('deps').db,
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        isDecisionSigned,
      ),
      200,
    ),
  );
  app.openapi(revoke, async (c) =>
    c.json(
      await revokeAward(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(remove, async (c) =>
    c.json(
      await deleteAward(c.get('deps').db, requestContext(c), c.req.valid('param').id, isDecisionSigned),
      200,
    ),
  );
}
