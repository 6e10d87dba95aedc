import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonBody, jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { createUserInput, userOutput } from './users.schemas';
import { createUser, listUsers } from './users.service';

const list = defineRoute(
  { permission: 'user:read' },
  {
    method: 'get',
    path: '/users',
    tags: ['users'],
    responses: { 200: jsonResponse(z.object({ items: z.array(userOutput) }), 'Tài khoản') },
  },
);
const create = defineRoute(
  { permission: 'user:manage' },
  {
    method: 'post',
    path: '/users',
    tags: ['users'],
    request: jsonBody(createUserInput),
    responses: { 201: jsonResponse(userOutput, 'Đã tạo tài khoản') },
  },
);

export function registerUserRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) =>
    c.json({ items: await listUsers(c.get('deps').db, requestContext(c)) }, 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createUser(c.get('deps').db, requestContext(c), c.req.valid('json')), 201),
  );
}
