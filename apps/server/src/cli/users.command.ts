import type { Command } from 'commander';

export function registerUserCommands(program: Command): void {
  const users = program.command('users').description('Quản lý tài khoản');
  users
    .command('create')
    .description('Tạo tài khoản')
    .requiredOption('--tenant <code>', 'mã đơn vị chủ quản (tỉnh/bộ), ví dụ SONHA')
    .requiredOption('--username <name>', 'tên đăng nhập')
    .requiredOption('--name <fullName>', 'họ và tên')
    .requiredOption('--unit <code>', 'mã đơn vị công tác')
    .option('--scope <code>', 'mã đơn vị gốc của phạm vi (mặc định: đơn vị công tác)')
    .requiredOption('--roles <roles>', 'vai trò, cách nhau bởi dấu phẩy, ví dụ UNIT_OFFICER')
    .option('--password <password>', 'mật khẩu (mặc định: đọc từ biến VINHDANH_PASSWORD)')
    .action(
      async (o: {
        tenant: string;
        username: string;
        name: string;
        unit: string;
        scope?: string;
        roles: string;
        password?: string;
      }) => {
        const { createUserFromCli } = await import('./users-create');
        process.exitCode = await createUserFromCli(o);
      },
    );
}
