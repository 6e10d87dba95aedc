import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { and, desc, eq, lt } from 'drizzle-orm';
import { auditEvent } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';

const auditItem = z
  .object({
    seq: z.number(),
    at: z.string(),
    actorId: z.string().nullable(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .openapi('AuditEvent');

const list = defineRoute(
  { permission: 'audit:read' },
  {
    method: 'get',
    path: '/audit',
    summary: 'Xem nhật ký hệ thống',
    tags: ['audit'],
    request: {
      query: z.object({
        before: z.coerce.number().int().positive().optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    responses: { 200: jsonResponse(z.object({ items: z.array(auditItem) }), 'Nhật ký, mới nhất trước') },
  },
);

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const ctx = requestContext(c);
    // The log is tenant-wide, so only an actor scoped to the whole tenant may read it.
    authorize(ctx.actor, 'audit:read', { tenantId: ctx.actor.tenantId, path: tenantRootPath(ctx.actor) });
    const { before, limit } = c.req.valid('query');
    const rows = await c
      .get('deps')
      .db.select()
      .from(auditEvent)
      .where(
        and(eq(auditEvent.tenantId, ctx.actor.tenantId), before ? lt(auditEvent.seq, before) : undefined),
      )
      .orderBy(desc(auditEvent.seq))
      .limit(limit);
    return c.json(
      { items: rows.map(({ tenantId: _t, prevHash: _p, hash: _h, id: _i, requestId: _r, ...r }) => r) },
      200,
    );
  });
}
