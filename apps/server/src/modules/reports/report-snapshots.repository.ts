import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { reportSnapshot, tenant } from '../../db/schema/index';
import type { SnapshotSummary } from './report-snapshots.schemas';

export type SnapshotRow = typeof reportSnapshot.$inferSelect;
export type SignerRow = { id: string; fullName: string; positionTitle: string | null };

export async function findTenant(db: Db | Tx, tenantId: string) {
  const [t] = await db
    .select({ code: tenant.code, name: tenant.name, kind: tenant.kind })
    .from(tenant)
    .where(eq(tenant.tenantId, tenantId));
  return t;
}

/**
 * Who may sign a report of the unit at `unitPath`: active accounts with the LEADER role whose
 * scope covers the unit (the head of the unit or of a unit above it), with their printed title.
 */
export async function findSigners(db: Db | Tx, tenantId: string, unitPath: string, userId?: string) {
  return queryRows<SignerRow>(
    db,
    sql`SELECT "u"."id" AS "id", "u"."full_name" AS "fullName", "u"."position_title" AS "positionTitle"
        FROM "app_user" "u"
        JOIN "org_unit" "s" ON "s"."tenant_id" = "u"."tenant_id" AND "s"."id" = "u"."scope_unit_id"
        WHERE "u"."tenant_id" = ${tenantId} AND "u"."disabled_at" IS NULL
          AND 'LEADER' = ANY("u"."roles") AND left(${unitPath}, length("s"."path")) = "s"."path"
          ${userId ? sql`AND "u"."id" = ${userId}` : sql``}
        ORDER BY "u"."full_name"`,
  );
}

export async function findUserName(db: Db | Tx, tenantId: string, userId: string) {
  const [row] = await queryRows<{ fullName: string; positionTitle: string | null }>(
    db,
    sql`SELECT "full_name" AS "fullName", "position_title" AS "positionTitle" FROM "app_user"
        WHERE "tenant_id" = ${tenantId} AND "id" = ${userId}`,
  );
  return row;
}

export async function nextRevision(
  tx: Tx,
  key: { tenantId: string; formCode: string; year: number; unitId: string },
) {
  const [row] = await queryRows<{ n: number }>(
    tx,
    sql`SELECT coalesce(max("revision"), 0)::int + 1 AS "n" FROM "report_snapshot"
        WHERE "tenant_id" = ${key.tenantId} AND "form_code" = ${key.formCode} AND "year" = ${key.year}
          AND "scope_unit_id" = ${key.unitId}`,
  );
  return row?.n ?? 1;
}

export async function insertSnapshot(tx: Tx, row: typeof reportSnapshot.$inferInsert) {
  await tx.insert(reportSnapshot).values(row);
}

/** The snapshots of units inside `pathPrefix` (the reader's subtree), newest first. */
export async function listSnapshots(
  db: Db,
  tenantId: string,
  pathPrefix: string,
  filter: { formCode?: string | undefined; year?: number | undefined },
) {
  // The columns are the API's ReportSnapshot, one for one.
  return queryRows<SnapshotSummary>(
    db,
    sql`SELECT "r"."id" AS "id", "r"."form_code" AS "formCode", "r"."version" AS "version", "r"."year" AS "year",
          "r"."revision" AS "revision", "r"."scope_unit_id" AS "unitId", "o"."name" AS "unitName",
          "r"."content_hash" AS "contentHash", "r"."frozen_on"::text AS "frozenOn",
          "r"."content" ->> 'frozenAt' AS "frozenAt",
          "r"."content" -> 'signer' ->> 'fullName' AS "signerName",
          "r"."content" -> 'signer' ->> 'positionTitle' AS "signerPosition",
          "r"."content" -> 'frozenBy' ->> 'fullName' AS "frozenByName"
        FROM "report_snapshot" "r"
        JOIN "org_unit" "o" ON "o"."tenant_id" = "r"."tenant_id" AND "o"."id" = "r"."scope_unit_id"
        WHERE "r"."tenant_id" = ${tenantId} AND left("o"."path", length(${pathPrefix})) = ${pathPrefix}
          ${filter.formCode ? sql`AND "r"."form_code" = ${filter.formCode}` : sql``}
          ${filter.year ? sql`AND "r"."year" = ${filter.year}` : sql``}
        ORDER BY "r"."frozen_at" DESC, "r"."revision" DESC
        LIMIT 200`,
  );
}

export async function findSnapshot(db: Db, tenantId: string, id: string): Promise<SnapshotRow | undefined> {
  const [row] = await db
    .select()
    .from(reportSnapshot)
    .where(and(eq(reportSnapshot.tenantId, tenantId), eq(reportSnapshot.id, id)))
    .orderBy(desc(reportSnapshot.revision));
  return row;
}
