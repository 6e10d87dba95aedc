import type { TenantOverrides } from '@vinhdanh/domain/rules/params';
import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { tenantRuleParams } from '../../db/schema/index';

export async function findOverrides(db: Db | Tx, tenantId: string, ruleSetId: string) {
  const [row] = await db
    .select()
    .from(tenantRuleParams)
    .where(and(eq(tenantRuleParams.tenantId, tenantId), eq(tenantRuleParams.ruleSetId, ruleSetId)));
  return row ? (row.params as TenantOverrides) : null;
}

export function listOverrides(db: Db, tenantId: string) {
  return db.select().from(tenantRuleParams).where(eq(tenantRuleParams.tenantId, tenantId));
}

export async function saveOverrides(tx: Tx, tenantId: string, ruleSetId: string, params: TenantOverrides) {
  await tx
    .insert(tenantRuleParams)
    .values({ tenantId, ruleSetId, params })
    .onConflictDoUpdate({
      target: [tenantRuleParams.tenantId, tenantRuleParams.ruleSetId],
      set: { params, updatedAt: new Date() },
    });
}
