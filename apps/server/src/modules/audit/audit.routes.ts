import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { tenantRootPath } from '@vinhdanh/domain/auth/policy';
import { and, eq, sql } from 'drizzle-orm';
import { after, decodeCursor, encodeCursor, orderBy, type SortKey } from '../../db/paging';
import { auditEvent } from '../../db/schema/index';
import { authorize } from '../../lib/authorize';
import { type AppEnv, requestContext } from '../../lib/context';
import { jsonResponse } from '../../lib/openapi';
import { defineRoute } from '../../lib/route';

const auditItem = z
  .object({
    id: z.string(),
    /** The tenant's chain the event is in; seq counts within it (platform/audit/append-audit.ts). */
    shard: z.number(),
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
        /** nextCursor of the previous page. */
        cursor: z.string().max(1000).optional(),
        limit: z.coerce.number().int().min(1).max(200).default(50),
      }),
    },
    responses: {
      200: jsonResponse(
        z.object({ items: z.array(auditItem), nextCursor: z.string().nullable() }),
        'Nhật ký, mới nhất trước',
      ),
    },
  },
);

// Newest first across the tenant's shards: by time, then id, so the order is total and stable
// (audit_event_tenant_at_idx). Seq alone no longer orders the log: each shard counts its own.
const SORT = 'at-desc';
const KEYS: SortKey[] = [
  { expr: sql`${auditEvent.at}`, dir: 'desc' },
  { expr: sql`${auditEvent.id}`, dir: 'desc' },
];

export function registerAuditRoutes(app: OpenAPIHono<AppEnv>) {
  app.openapi(list, async (c) => {
    const ctx = requestContext(c);
    // The log is tenant-wide, so only an actor scoped to the whole tenant may read it.
    authorize(ctx.actor, 'audit:read', { tenantId: ctx.actor.tenantId, path: tenantRootPath(ctx.actor) });
    const { cursor, limit } = c.req.valid('query');
    const fetched = await c
      .get('deps')
      .db.select()
      .from(auditEvent)
      .where(
        and(
          eq(auditEvent.tenantId, ctx.actor.tenantId),
          cursor ? after(KEYS, decodeCursor(cursor, SORT, KEYS.length)) : undefined,
        ),
      )
      .orderBy(...orderBy(KEYS))
      .limit(limit + 1);
    const rows = fetched.slice(0, limit);
    const last = rows.at(-1);
    const nextCursor = fetched.length > limit && last ? encodeCursor(SORT, [last.at, last.id]) : null;
    return c.json(
      { items: rows.map(({ tenantId: _t, prevHash: _p, hash: _h, requestId: _r, ...r }) => r), nextCursor },
      200,
    );
  });
}
