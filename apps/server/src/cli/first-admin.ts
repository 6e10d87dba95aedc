import { sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { queryRows } from '../db/query-rows';

/**
 * A production start (no demo) on a database without any administrator: nobody could sign in,
 * so say how to create the first one with the CLI instead of leaving a login page nobody passes.
 */
export async function printFirstAdminHelp(db: Db, log: (line: string) => void = console.log) {
  const [row] = await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM app_user
        WHERE disabled_at IS NULL AND roles && ARRAY['SYSTEM_ADMIN','TENANT_ADMIN']::text[]`,
  );
  if ((row?.n ?? 0) > 0) return false;
  const tenants = await queryRows<{ code: string }>(db, sql`SELECT code FROM tenant ORDER BY code LIMIT 1`);
  log('Chưa có tài khoản quản trị nào, chưa ai đăng nhập được. Tạo tài khoản quản trị đầu tiên bằng lệnh:');
  log(
    `  VINHDANH_PASSWORD='<mật khẩu ít nhất 10 ký tự>' npm run -s vinhdanh -- users create --tenant ${tenants[0]?.code ?? '<MÃ_ĐƠN_VỊ_CHỦ_QUẢN>'} --username quantri --name '<Họ và tên>' --unit <MÃ_ĐƠN_VỊ_GỐC> --roles TENANT_ADMIN`,
  );
  if (tenants.length === 0) log('  Cơ sở dữ liệu chưa có đơn vị chủ quản (tỉnh/bộ) nào để gắn tài khoản.');
  log('  Bản dùng thử với dữ liệu mẫu: npm start (serve --demo).');
  return true;
}
