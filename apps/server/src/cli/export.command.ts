import fs from 'node:fs';
import type { Command } from 'commander';

export function registerExportCommands(program: Command): void {
  const exportCmd = program.command('export').description('Xuất dữ liệu ra ngoài hệ thống');
  exportCmd
    .command('national')
    .description(
      'Xuất khen thưởng cho cơ sở dữ liệu quốc gia (JSON, docs/schemas/national-export-v1.schema.json); số CCCD thay bằng mã băm có khóa',
    )
    .requiredOption('--tenant <code>', 'mã đơn vị chủ quản (tỉnh, bộ)')
    .option('--since <until>', 'chỉ xuất phần thay đổi sau mốc "until" của lần xuất trước')
    .option('--out <file>', 'ghi ra tệp thay vì màn hình')
    .action(async (opts: { tenant: string; since?: string; out?: string }) => {
      const { openConfiguredDatabase } = await import('./database.command');
      const { exportNational, NationalExportError } = await import(
        '../modules/national-export/national-export.service'
      );
      const { database } = await openConfiguredDatabase();
      const out = opts.out ? fs.createWriteStream(opts.out) : process.stdout;
      try {
        const result = await exportNational(database.db, {
          tenantCode: opts.tenant,
          since: opts.since ?? null,
          key: process.env.VINHDANH_EXPORT_KEY ?? '',
          write: (chunk) =>
            new Promise<void>((resolve, reject) => out.write(chunk, (e) => (e ? reject(e) : resolve()))),
          onProgress: (n) => {
            if (process.stderr.isTTY)
              process.stderr.write(`\rĐã xuất ${n.toLocaleString('vi-VN')} khen thưởng…`);
          },
        });
        if (process.stderr.isTTY) process.stderr.write('\n');
        console.error(
          `Đã xuất ${result.records.toLocaleString('vi-VN')} khen thưởng của ${result.tenant.name}. Lần sau chạy với --since ${result.until}`,
        );
      } catch (error) {
        if (!(error instanceof NationalExportError)) throw error;
        console.error(error.message);
        process.exitCode = 2;
      } finally {
        if (opts.out) await new Promise<void>((resolve) => (out as fs.WriteStream).end(resolve));
        await database.close();
      }
    });
}
