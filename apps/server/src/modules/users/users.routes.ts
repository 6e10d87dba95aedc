import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { idParam } from '../org-units/index';
import {
  createUserInput,
  resetPasswordInput,
  updateUserInput,
  userListItem,
  userOutput,
} from './users.schemas';
import { createUser, listUsers, updateUser } from './users.service';
import { disableUser, enableUser, resetMfa, resetPassword } from './users-life-cycle.service';

const list = defineRoute(
  { permission: 'user:read' },
  {
    method: 'get',
    path: '/users',
    summary: 'Xem danh sách tài khoản',
    tags: ['users'],
    responses: { 200: jsonResponse(z.object({ items: z.array(userListItem) }), 'Tài khoản') },
  },
);
const create = defineRoute(
  { permission: 'user:manage' },
  {
    method: 'post',
    path: '/users',
    summary: 'Tạo tài khoản',
    tags: ['users'],
    request: jsonBody(createUserInput),
    responses: { 201: jsonResponse(userOutput, 'Đã tạo tài khoản') },
  },
);
const update = defineRoute(
  { permission: 'user:manage' },
  {
    method: 'patch',
    path: '/users/{id}',
    summary: 'Sửa tài khoản',
    tags: ['users'],
    request: { params: idParam, ...jsonBody(updateUserInput) },
    responses: { 200: jsonResponse(userOutput, 'Đã cập nhật tài khoản') },
  },
);

const ok = jsonResponse(z.object({ ok: z.literal(true) }), 'Đã thực hiện');
const LIFE_CYCLE_SUMMARY = {
  disable: 'Vô hiệu hóa tài khoản',
  enable: 'Mở lại tài khoản',
  'reset-mfa': 'Gỡ xác thực hai lớp của tài khoản (mất điện thoại)',
};
const lifeCycle = (action: keyof typeof LIFE_CYCLE_SUMMARY) =>
  defineRoute(
    { permission: 'user:manage' },
    {
      method: 'post',
      path: `/users/{id}/${action}`,
      summary: LIFE_CYCLE_SUMMARY[action],
      tags: ['users'],
      request: { params: idParam },
      responses: { 200: ok },
    },
  );
const disable = lifeCycle('disable');
const enable = lifeCycle('enable');
const resetMfaRoute = lifeCycle('reset-mfa');
const reset = defineRoute(
  { permission: 'user:manage' },
  {
    method: 'post',
    path: '/users/{id}/reset-password',
    summary: 'Đặt lại mật khẩu tài khoản',
    tags: ['users'],
    request: { params: idParam, ...jsonBody(resetPasswordInput) },
    responses: { 200: ok },
  },
);

export function registerUserRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json({ items: await listUsers(c.get('deps').db, requestContext(c)) }, 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createUser(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(disable, async (c) =>
    c.json(await disableUser(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(enable, async (c) =>
    c.json(await enableUser(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(resetMfaRoute, async (c) =>
    c.json(await resetMfa(c.get('deps').db, requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(reset, async (c) =>
    c.json(
      await resetPassword(c.get('deps'), requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateUser(c.get('deps').db, requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
