import fs from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import type { AuditAnchor, ChainBreak } from '../modules/audit/audit.repository';

const ANCHOR_FORMAT = 'vinhdanh-audit-heads/1';

const anchorFile = z.object({
  format: z.literal(ANCHOR_FORMAT),
  exportedAt: z.string(),
  heads: z.array(
    z.object({
      tenantId: z.guid(),
      // Files exported before the log had shards name none: their heads were all shard 0.
      shard: z.number().int().min(0).default(0),
      seq: z.number().int().positive(),
      eventId: z.guid(),
      hash: z.string().regex(/^[0-9a-f]{64}$/),
    }),
  ),
});

const PROBLEM_TEXT: Record<ChainBreak['problem'], string> = {
  HASH: 'sai mã băm',
  LINK: 'đứt liên kết',
  GAP: 'thiếu dòng',
  TAIL: 'mất các dòng cuối (chuỗi không đến được đầu chuỗi đã ghi)',
  NO_EVENTS: 'có đầu chuỗi nhưng không còn dòng nào (cả nhật ký của tenant đã bị xoá)',
  NO_HEAD: 'có dòng nhưng không có đầu chuỗi',
  ANCHOR: 'đầu chuỗi đã xuất ra ngoài không còn nằm trong chuỗi (chuỗi bị xoá hoặc viết lại)',
};

function describeBreak(b: ChainBreak): string {
  const row = b.id ? `dòng số ${b.seq} (id ${b.id})` : `dòng số ${b.seq}`;
  return `Nhật ký bị thay đổi: tenant ${b.tenantId}, chuỗi ${b.shard}, ${row}, lỗi ${PROBLEM_TEXT[b.problem]}.`;
}

function readAnchors(file: string): AuditAnchor[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`Không đọc được tệp đầu chuỗi ${file}: ${(error as Error).message}`);
  }
  const result = anchorFile.safeParse(parsed);
  if (!result.success)
    throw new Error(`Tệp ${file} không phải tệp đầu chuỗi do "audit head --export" tạo ra.`);
  return result.data.heads;
}

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('Nhật ký hệ thống');
  audit
    .command('verify')
    .description(
      'Kiểm tra chuỗi băm của nhật ký, đối chiếu với đầu chuỗi; thoát với mã 1 và chỉ ra dòng đầu tiên bị sửa',
    )
    .option('--against <file>', 'đối chiếu thêm với tệp đầu chuỗi đã xuất bằng "audit head --export"')
    .action(async (opts: { against?: string }) => {
      let anchors: AuditAnchor[] = [];
      if (opts.against) {
        try {
          anchors = readAnchors(opts.against);
        } catch (error) {
          console.error((error as Error).message);
          process.exitCode = 2;
          return;
        }
      }
      const { openConfiguredDatabase } = await import('./database.command');
      const { verifyAuditChains } = await import('../modules/audit/audit.repository');
      const { database } = await openConfiguredDatabase();
      const { checked, breaks } = await verifyAuditChains(database.db, {
        anchors,
        onProgress: (n) => {
          if (process.stderr.isTTY) process.stderr.write(`\rĐã kiểm tra ${n} dòng…`);
        },
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      await database.close();
      if (breaks.length === 0) {
        const against = anchors.length > 0 ? `, khớp ${anchors.length} đầu chuỗi đã xuất` : '';
        console.log(`Nhật ký toàn vẹn: đã kiểm tra ${checked} dòng${against}.`);
        return;
      }
      for (const b of breaks) console.error(describeBreak(b));
      process.exitCode = 1;
    });

  audit
    .command('head')
    .description('In đầu các chuỗi nhật ký của mỗi tenant (tenant, chuỗi, dòng cuối, mã băm)')
    .option('--export', 'in dạng JSON để cất giữ ngoài thư mục dữ liệu, dùng với "audit verify --against"')
    .action(async (opts: { export?: boolean }) => {
      const { openConfiguredDatabase } = await import('./database.command');
      const { exportAuditHeads } = await import('../modules/audit/audit.repository');
      const { database } = await openConfiguredDatabase();
      const heads = await exportAuditHeads(database.db);
      await database.close();
      if (opts.export) {
        const file = { format: ANCHOR_FORMAT, exportedAt: new Date().toISOString(), heads };
        process.stdout.write(`${JSON.stringify(file, null, 2)}\n`);
        return;
      }
      for (const h of heads)
        console.log(`${h.tenantId}  chuỗi ${h.shard}  dòng ${h.seq}  id ${h.eventId}  ${h.hash}`);
    });
}
