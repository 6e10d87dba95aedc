import { ROLE_LABELS } from '@vinhdanh/domain/auth/roles';
import { DEMO_ACCOUNTS, DEMO_COMMUNE_ACCOUNTS, DEMO_PASSWORD } from './seed-demo';
import { DEMO_NATIONAL_ACCOUNTS, DEMO_NATIONAL_NAME } from './seed-national';

export function printDemoAccounts(log: (line: string) => void = console.log) {
  log(`Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
  for (const a of [...DEMO_ACCOUNTS, ...DEMO_COMMUNE_ACCOUNTS])
    log(`  ${a.username.padEnd(12)} ${a.roles.map((r) => ROLE_LABELS[r]).join(', ')}`);
  for (const a of DEMO_NATIONAL_ACCOUNTS)
    log(
      `  ${a.username.padEnd(12)} ${a.roles.map((r) => ROLE_LABELS[r]).join(', ')} — ${DEMO_NATIONAL_NAME}`,
    );
}

/** The demo trial says so loudly: its passwords are published in the README. */
export function printDemoBanner(log: (line: string) => void = console.log) {
  log('================================================================================');
  log(' BẢN DÙNG THỬ (demo): dữ liệu tỉnh Sơn Hà là hư cấu, mật khẩu tài khoản mẫu được công bố.');
  log(' Không dùng cho dữ liệu thật. Chạy thật: serve không có --demo và không đặt VINHDANH_DEMO=1.');
  log('================================================================================');
}
