import type { Role } from '@vinhdanh/domain/auth/roles';
import type { NoticeEvent } from '@vinhdanh/domain/notices/notice-events';
import { sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';

export type Recipient = { id: string; email: string };

/** Active users with an address who have not turned this event off. */
const wants = (event: NoticeEvent) =>
  sql`a.disabled_at IS NULL AND a.email IS NOT NULL AND a.email <> ''
      AND NOT (a.notice_opt_out @> ARRAY[${event}]::text[])`;

/**
 * The users with `role` whose subtree holds `unitId`: the people in whose "Việc chờ tôi xử lý" the
 * work appears (modules/my-work uses the same scope rule).
 */
export function usersCovering(
  db: Db | Tx,
  tenantId: string,
  unitId: string,
  role: Role,
  event: NoticeEvent,
): Promise<Recipient[]> {
  return queryRows<Recipient>(
    db,
    sql`SELECT a.id, a.email FROM app_user a
        JOIN org_unit s ON s.tenant_id = a.tenant_id AND s.id = a.scope_unit_id
        JOIN org_unit t ON t.tenant_id = a.tenant_id AND t.id = ${unitId}
        WHERE a.tenant_id = ${tenantId} AND a.roles @> ARRAY[${role}]::text[]
          AND t.path LIKE s.path || '%' AND ${wants(event)}
        ORDER BY a.id`,
  );
}

/** The named users (council members), when they want the event. */
export function usersByIds(db: Db | Tx, tenantId: string, ids: readonly string[], event: NoticeEvent) {
  if (ids.length === 0) return Promise.resolve([] as Recipient[]);
  return queryRows<Recipient>(
    db,
    sql`SELECT a.id, a.email FROM app_user a
        WHERE a.tenant_id = ${tenantId} AND a.id IN (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )}) AND ${wants(event)}
        ORDER BY a.id`,
  );
}

export async function unitName(db: Db | Tx, tenantId: string, unitId: string): Promise<string> {
  const [row] = await queryRows<{ name: string }>(
    db,
    sql`SELECT name FROM org_unit WHERE tenant_id = ${tenantId} AND id = ${unitId}`,
  );
  return row?.name ?? '';
}
