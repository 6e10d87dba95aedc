import type { Command } from 'commander';

export function registerDvcCommands(program: Command): void {
  const dvc = program.command('dvc').description('Cổng dịch vụ công quốc gia (docs/interop.md)');
  dvc
    .command('sync')
    .description('Gửi lại toàn bộ hồ sơ đã nộp lên Cổng (DongBoHoSoMC, isUpdating True) qua hàng đợi gửi đi')
    .requiredOption('--tenant <code>', 'mã đơn vị chủ quản (tỉnh, bộ)')
    .action(async (opts: { tenant: string }) => {
      const { openConfiguredDatabase } = await import('./database.command');
      const { eq } = await import('drizzle-orm');
      const { tenant } = await import('../db/schema/index');
      const { enqueueFullPortalSync } = await import('../modules/proposals/proposal-dvc');
      const { database } = await openConfiguredDatabase();
      try {
        const [t] = await database.db.select().from(tenant).where(eq(tenant.code, opts.tenant));
        if (!t) {
          console.error(`Không có đơn vị chủ quản mã ${opts.tenant}`);
          process.exitCode = 2;
          return;
        }
        const n = await enqueueFullPortalSync(database.db, t.tenantId);
        console.error(`Đã xếp ${n.toLocaleString('vi-VN')} hồ sơ của ${t.name} vào hàng đợi gửi lên Cổng.`);
      } finally {
        await database.close();
      }
    });
}
