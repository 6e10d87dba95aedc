import { OFFICER_ROLES } from '@vinhdanh/domain/auth/roles';
import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { orgUnit, tenant } from '../db/schema/index';
import { createUserRecord } from '../modules/tenants/tenant-setup';
import { openConfiguredDatabase } from './database.command';

const input = z.object({
  tenant: z.string().min(1),
  username: z.string().regex(/^[a-z0-9._-]{3,50}$/, 'tên đăng nhập chỉ gồm chữ thường không dấu, số, . _ -'),
  name: z.string().min(2),
  unit: z.string().min(1),
  scope: z.string().optional(),
  roles: z
    .string()
    .transform((s) => s.split(',').map((r) => r.trim()))
    .pipe(z.array(z.enum(OFFICER_ROLES)).min(1)),
  password: z.string().min(10, 'mật khẩu cần ít nhất 10 ký tự'),
});

export async function createUserFromCli(options: Record<string, string | undefined>): Promise<number> {
  const parsed = input.safeParse({ ...options, password: options.password ?? process.env.VINHDANH_PASSWORD });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`Lỗi: ${issue.path.join('.')}: ${issue.message}`);
    return 2;
  }
  const o = parsed.data;
  const { database } = await openConfiguredDatabase();
  try {
    const db = database.db;
    const [t] = await db.select().from(tenant).where(eq(tenant.code, o.tenant));
    if (!t) {
      console.error(`Lỗi: không có đơn vị chủ quản mã ${o.tenant}.`);
      return 2;
    }
    const unitByCode = async (code: string) =>
      (
        await db
          .select()
          .from(orgUnit)
          .where(and(eq(orgUnit.tenantId, t.tenantId), eq(orgUnit.code, code)))
      )[0];
    const unit = await unitByCode(o.unit);
    const scope = o.scope ? await unitByCode(o.scope) : unit;
    if (!unit || !scope) {
      console.error('Lỗi: không tìm thấy đơn vị theo mã đã nhập.');
      return 2;
    }
    await createUserRecord(db, t.tenantId, {
      username: o.username,
      fullName: o.name,
      password: o.password,
      roles: o.roles,
      unitId: unit.id,
      scopeUnitId: scope.id,
    });
    console.log(`Đã tạo tài khoản ${o.username}.`);
    return 0;
  } finally {
    await database.close();
  }
}
