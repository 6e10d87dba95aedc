import { ROLE_LABELS } from '@vinhdanh/domain/auth/roles';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './seed-demo';

export function printDemoAccounts(log: (line: string) => void = console.log) {
  log(`Tài khoản mẫu (mật khẩu chung: ${DEMO_PASSWORD}):`);
  for (const a of DEMO_ACCOUNTS)
    log(`  ${a.username.padEnd(12)} ${a.roles.map((r) => ROLE_LABELS[r]).join(', ')}`);
}
