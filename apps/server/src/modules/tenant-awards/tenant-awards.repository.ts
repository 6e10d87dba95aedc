import type { TenantAward } from '@vinhdanh/domain/rules/tenant-awards';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { tenantAward } from '../../db/schema/index';

export type TenantAwardRow = typeof tenantAward.$inferSelect;

export const toTenantAward = (r: TenantAwardRow): TenantAward => ({
  code: r.code,
  version: r.version,
  name: r.name,
  level: r.level,
  category: r.category,
  kind: r.kind as TenantAward['kind'],
  subjectTypes: r.subjectTypes as TenantAward['subjectTypes'],
  decider: r.deciderRole as TenantAward['decider'],
  criteria: r.criteria as TenantAward['criteria'],
  coefficient: r.coefficient,
  citation: r.citation,
  effectiveFrom: r.effectiveFrom,
  effectiveTo: r.effectiveTo,
});

/** Every version of every code of the tenant, by code then version. */
export async function listTenantAwards(db: Db | Tx, tenantId: string): Promise<TenantAwardRow[]> {
  return db
    .select()
    .from(tenantAward)
    .where(eq(tenantAward.tenantId, tenantId))
    .orderBy(asc(tenantAward.code), asc(tenantAward.version));
}

export async function latestVersion(tx: Tx, tenantId: string, code: string) {
  const [row] = await tx
    .select()
    .from(tenantAward)
    .where(and(eq(tenantAward.tenantId, tenantId), eq(tenantAward.code, code)))
    .orderBy(desc(tenantAward.version))
    .limit(1)
    .for('update');
  return row;
}

export async function closeVersion(tx: Tx, tenantId: string, id: string, effectiveTo: string) {
  await tx
    .update(tenantAward)
    .set({ effectiveTo })
    .where(and(eq(tenantAward.tenantId, tenantId), eq(tenantAward.id, id)));
}

export async function insertTenantAward(tx: Tx, row: typeof tenantAward.$inferInsert) {
  await tx.insert(tenantAward).values(row);
}
