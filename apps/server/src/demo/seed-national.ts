import type { Role } from '@vinhdanh/domain/auth/roles';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Db } from '../db/client';
import { appUser, orgUnit, tenant } from '../db/schema/index';
import { createTenant, createUnitRecord, createUserRecord } from '../modules/tenants/tenant-setup';
import { DEMO_TENANT_CODE } from './units';

// A second, national tenant beside the demo province. It is the receiving side of statistical
// reports (the province freezes a form, the national administrator uploads its JSON and sees the
// roll-up, docs/reports.md) and the province's parent tenant: a dossier for an award decided at
// the central level (Bằng khen Thủ tướng, Huân chương) goes to it as a package (docs/interop.md),
// where the appraiser and the council of its Ban Thi đua – Khen thưởng Trung ương handle it.
// Its code sorts after SONHA and it is created after the province, so the public portal (the
// first tenant created) stays the province's.

export const DEMO_NATIONAL_CODE = 'VN-BNV';
export const DEMO_NATIONAL_NAME = 'Bộ Nội vụ (mẫu)';
export const DEMO_NATIONAL_BOARD = { code: 'BTDKTTW', name: 'Ban Thi đua – Khen thưởng Trung ương' };

export const DEMO_NATIONAL_ACCOUNTS: {
  username: string;
  fullName: string;
  roles: Role[];
  inBoard?: true;
  positionTitle?: string;
}[] = [
  { username: 'quantri.bonv', fullName: 'Trịnh Thị Hoa', roles: ['TENANT_ADMIN'] },
  { username: 'thamdinh.tw', fullName: 'Lương Văn Hiếu', roles: ['APPRAISER'], inBoard: true },
  { username: 'thuky.tw', fullName: 'Kiều Thị Nga', roles: ['COUNCIL_SECRETARY'], inBoard: true },
  // A council needs five members (rule parameter councilMinMembers, default 5).
  { username: 'hoidong1.tw', fullName: 'Phùng Văn Đạt', roles: ['COUNCIL_MEMBER'], inBoard: true },
  { username: 'hoidong2.tw', fullName: 'Tôn Nữ Diệu', roles: ['COUNCIL_MEMBER'], inBoard: true },
  { username: 'hoidong3.tw', fullName: 'Âu Văn Lực', roles: ['COUNCIL_MEMBER'], inBoard: true },
  { username: 'hoidong4.tw', fullName: 'Khúc Thị Yến', roles: ['COUNCIL_MEMBER'], inBoard: true },
  { username: 'hoidong5.tw', fullName: 'Văn Đức Toàn', roles: ['COUNCIL_MEMBER'], inBoard: true },
  // Signs the central level's decisions in the demo, for the Prime Minister ("KT. THỦ TƯỚNG").
  { username: 'lanhdao.tw', fullName: 'Ninh Quốc Bảo', roles: ['LEADER'], positionTitle: 'Phó Thủ tướng' },
];

/**
 * Seeds the national demo tenant once; a second call creates nothing. A demo database made before
 * the board's accounts or the parent link existed gains them on the next call.
 */
export async function seedDemoNational(db: Db, password: string) {
  const [existing] = await db.select().from(tenant).where(eq(tenant.code, DEMO_NATIONAL_CODE));
  const result = await db.transaction(async (tx) => {
    const tenantId =
      existing?.tenantId ??
      (await createTenant(tx, { code: DEMO_NATIONAL_CODE, name: DEMO_NATIONAL_NAME, kind: 'NATIONAL' }));
    const units = await tx
      .select({ id: orgUnit.id, path: orgUnit.path, code: orgUnit.code })
      .from(orgUnit)
      .where(eq(orgUnit.tenantId, tenantId));
    const root =
      units.find((u) => u.code === 'BNV') ??
      (await createUnitRecord(tx, tenantId, null, { code: 'BNV', name: DEMO_NATIONAL_NAME, type: 'BO' }));
    const board =
      units.find((u) => u.code === DEMO_NATIONAL_BOARD.code) ??
      (await createUnitRecord(tx, tenantId, root, { ...DEMO_NATIONAL_BOARD, type: 'DON_VI_SU_NGHIEP' }));
    const present = new Set(
      (
        await tx
          .select({ username: appUser.username })
          .from(appUser)
          .where(
            and(
              eq(appUser.tenantId, tenantId),
              inArray(
                appUser.username,
                DEMO_NATIONAL_ACCOUNTS.map((a) => a.username),
              ),
            ),
          )
      ).map((u) => u.username),
    );
    for (const { inBoard, positionTitle, ...account } of DEMO_NATIONAL_ACCOUNTS) {
      // The board's staff act on the whole tenant (scope: the root), as a Sở's board does in a province.
      if (!present.has(account.username))
        await createUserRecord(tx, tenantId, {
          ...account,
          password,
          demo: true,
          unitId: inBoard ? board.id : root.id,
          scopeUnitId: root.id,
        });
      // The title the decision prints under the signature (the signer model); kept once set.
      if (positionTitle)
        await tx
          .update(appUser)
          .set({ positionTitle })
          .where(
            and(
              eq(appUser.tenantId, tenantId),
              eq(appUser.username, account.username),
              isNull(appUser.positionTitle),
            ),
          );
    }
    await tx
      .update(tenant)
      .set({ parentTenantId: tenantId })
      .where(and(eq(tenant.code, DEMO_TENANT_CODE), isNull(tenant.parentTenantId)));
    return tenantId;
  });
  return existing ? { created: false as const } : { created: true as const, tenantId: result };
}
