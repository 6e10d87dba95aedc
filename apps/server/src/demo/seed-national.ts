import type { Role } from '@vinhdanh/domain/auth/roles';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { tenant } from '../db/schema/index';
import { createTenant, createUnitRecord, createUserRecord } from '../modules/tenants/tenant-setup';

// A second, national tenant beside the demo province, so that a visitor can try the receiving
// side of statistical reports: the province freezes a form and downloads its JSON, the national
// administrator uploads it and sees the roll-up (docs/reports.md). It holds no records of its own.
// Its code sorts after SONHA and it is created after the province, so the public portal (the
// first tenant created) stays the province's.

export const DEMO_NATIONAL_CODE = 'VN-BNV';
export const DEMO_NATIONAL_NAME = 'Bộ Nội vụ (mẫu)';

export const DEMO_NATIONAL_ACCOUNTS: { username: string; fullName: string; roles: Role[] }[] = [
  { username: 'quantri.bonv', fullName: 'Trịnh Thị Hoa', roles: ['TENANT_ADMIN'] },
];

/** Seeds the national demo tenant once; a second call changes nothing. */
export async function seedDemoNational(db: Db, password: string) {
  const [existing] = await db.select().from(tenant).where(eq(tenant.code, DEMO_NATIONAL_CODE));
  if (existing) return { created: false as const };
  return db.transaction(async (tx) => {
    const tenantId = await createTenant(tx, {
      code: DEMO_NATIONAL_CODE,
      name: DEMO_NATIONAL_NAME,
      kind: 'NATIONAL',
    });
    const root = await createUnitRecord(tx, tenantId, null, {
      code: 'BNV',
      name: DEMO_NATIONAL_NAME,
      type: 'BO',
    });
    for (const account of DEMO_NATIONAL_ACCOUNTS)
      await createUserRecord(tx, tenantId, { ...account, password, demo: true, unitId: root.id });
    return { created: true as const, tenantId };
  });
}
