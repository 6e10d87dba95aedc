import type { Command } from 'commander';

/** `vinhdanh rules scan`: evaluates every subject of a tenant into eligibility_verdict. */
export function registerRulesScanCommand(program: Command): void {
  const rules = program.commands.find((c) => c.name() === 'rules') ?? program.command('rules');
  rules
    .command('scan')
    .description('Xét điều kiện khen thưởng cho mọi cá nhân, tập thể của một tỉnh/bộ và lưu kết quả')
    .requiredOption('--tenant <code>', 'mã đơn vị chủ quản, ví dụ SONHA')
    .requiredOption('--year <year>', 'năm xét', (v) => Number.parseInt(v, 10))
    .option('--batch <n>', 'số cá nhân mỗi lô', (v) => Number.parseInt(v, 10), 1000)
    .action(async (o: { tenant: string; year: number; batch: number }) => {
      if (!Number.isInteger(o.year) || o.year < 2000 || o.year > 2100) {
        console.error('Lỗi: --year phải là năm hợp lệ, ví dụ 2025.');
        process.exitCode = 2;
        return;
      }
      const { openConfiguredDatabase } = await import('./database.command');
      const { scanEligibility } = await import('../modules/eligibility/eligibility-scan');
      const { tenant } = await import('../db/schema/index');
      const { eq } = await import('drizzle-orm');
      const { SingleBar, Presets } = await import('cli-progress');
      const { database } = await openConfiguredDatabase();
      try {
        const [t] = await database.db.select().from(tenant).where(eq(tenant.code, o.tenant));
        if (!t) {
          console.error(`Lỗi: không có đơn vị chủ quản mã ${o.tenant}.`);
          process.exitCode = 2;
          return;
        }
        const bar = new SingleBar(
          { format: 'Xét điều kiện |{bar}| {value}/{total} đối tượng | {eta_formatted}' },
          Presets.shades_classic,
        );
        const started = Date.now();
        let begun = false;
        const { subjects } = await scanEligibility(database.db, t.tenantId, o.year, {
          batchSize: o.batch,
          onProgress: ({ done, total }) => {
            if (!begun) bar.start(total, 0);
            begun = true;
            bar.update(done);
          },
        });
        bar.stop();
        console.log(
          `Đã xét ${subjects} đối tượng năm ${o.year} trong ${((Date.now() - started) / 1000).toFixed(1)} giây.`,
        );
      } finally {
        await database.close();
      }
    });
}
