import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppEnv } from '../../lib/context';
import { defineRoute } from '../../lib/route';

const healthRoute = defineRoute(
  { public: true },
  {
    method: 'get',
    path: '/health',
    summary: 'Kiểm tra hệ thống hoạt động',
    tags: ['system'],
    responses: {
      200: {
        description: 'Hệ thống hoạt động',
        content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
      },
    },
  },
);

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(healthRoute, async (c) => {
    await c.get('deps').db.execute(sql`select 1`);
    return c.json({ status: 'ok' as const }, 200);
  });
}
