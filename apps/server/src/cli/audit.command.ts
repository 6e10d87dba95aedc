import type { Command } from 'commander';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Nhật ký hệ thống');
  audit
    .command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký; thoát với mã 1 và chỉ ra dòng đầu tiên bị sửa')
    .action(async () => {
      const { openConfiguredDatabase } = await import('./database.command');
      const { verifyAuditChains } = await import('../modules/audit/audit.repository');
      const { database } = await openConfiguredDatabase();
      const { checked, breaks } = await verifyAuditChains(database.db, (n) => {
        if (process.stderr.isTTY) process.stderr.write(`\rĐã kiểm tra ${n} dòng…`);
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      await database.close();
      if (breaks.length === 0) {
        console.log(`Nhật ký toàn vẹn: đã kiểm tra ${checked} dòng.`);
        return;
      }
      for (const b of breaks) {
        console.error(
          `Nhật ký bị thay đổi: tenant ${b.tenantId}, dòng số ${b.seq} (id ${b.id}), lỗi ${b.problem === 'HASH' ? 'sai mã băm' : b.problem === 'LINK' ? 'đứt liên kết' : 'thiếu dòng'}.`,
        );
      }
      process.exitCode = 1;
    });
}
