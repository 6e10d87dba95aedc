import type { OpenAPIHono } from '@hono/zod-openapi';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';
import { myWorkOutput } from './my-work.schemas';
import { myWork } from './my-work.service';

// Every signed-in user may ask: the answer holds only the work of the user's own roles and subtree.
const get = defineRoute(
  { authenticated: true },
  {
    method: 'get',
    path: '/my-work',
    summary: 'Xem việc chờ tôi xử lý',
    tags: ['my-work'],
    responses: { 200: jsonResponse(myWorkOutput, 'Việc chờ tôi xử lý, quá hạn trước') },
  },
);

export function registerMyWorkRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(get, async (c) => c.json(await myWork(c.get('deps').db, requestContext(c)), 200));
}
