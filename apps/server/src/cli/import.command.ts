import type { Command } from 'commander';
import type { Db } from '../db/client';

const KINDS = ['people', 'ratings', 'initiatives', 'awards'] as const;
type Kind = (typeof KINDS)[number];

export type ImportArgs = {
  file: string;
  tenant: string;
  kind: string;
  dryRun?: boolean;
  confirmFile?: string;
  /** The web's limits apply unless raised: rows, and megabytes inflated from one part of an .xlsx. */
  maxRows?: string;
  maxInflatedMb?: string;
};

export type ImportIo = {
  out: (line: string) => void;
  err: (line: string) => void;
  onProgress?: (pass: 1 | 2, rows: number) => void;
};

/**
 * The import command without the process around it: returns the exit code (0 done,
 * 2 refused: bad arguments, bad rows or unconfirmed matches, with every reason printed).
 */
export async function runImport(db: Db, args: ImportArgs, io: ImportIo): Promise<0 | 2> {
  const fs = await import('node:fs');
  const { importFile } = await import('../modules/imports/import-stream');
  const { AppError } = await import('../lib/errors');
  const { tenant } = await import('../db/schema/index');
  const { eq } = await import('drizzle-orm');
  if (!KINDS.includes(args.kind as Kind)) {
    io.err(`Lỗi: --kind phải là một trong ${KINDS.join(', ')}.`);
    return 2;
  }
  if (!fs.existsSync(args.file)) {
    io.err(`Lỗi: không tìm thấy tệp ${args.file}.`);
    return 2;
  }
  let confirmations = new Map<string, string>();
  if (args.confirmFile) {
    try {
      const parsed: unknown = JSON.parse(fs.readFileSync(args.confirmFile, 'utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object');
      confirmations = new Map(
        Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
      );
    } catch {
      io.err(`Lỗi: ${args.confirmFile} phải là tệp JSON dạng {"<mã đối chiếu>": "<id cá nhân>"}.`);
      return 2;
    }
  }
  const [t] = await db.select().from(tenant).where(eq(tenant.code, args.tenant));
  if (!t) {
    io.err(`Lỗi: không có đơn vị chủ quản mã ${args.tenant}.`);
    return 2;
  }
  const { WEB_MAX_INFLATED_BYTES, WEB_MAX_ROWS } = await import('../modules/imports/parse-upload');
  const maxRows = args.maxRows === undefined ? WEB_MAX_ROWS : Number(args.maxRows);
  const maxInflatedBytes =
    args.maxInflatedMb === undefined ? WEB_MAX_INFLATED_BYTES : Number(args.maxInflatedMb) * 1024 * 1024;
  if (
    !(Number.isInteger(maxRows) && maxRows > 0 && Number.isFinite(maxInflatedBytes) && maxInflatedBytes > 0)
  ) {
    io.err('Lỗi: --max-rows và --max-inflated-mb phải là số nguyên dương.');
    return 2;
  }
  const started = Date.now();
  try {
    const result = await importFile(db, {
      limits: { maxRows, maxInflatedBytes },
      tenantId: t.tenantId,
      kind: args.kind as Kind,
      path: args.file,
      isDryRun: !!args.dryRun,
      confirmations,
      ...(io.onProgress ? { onProgress: io.onProgress } : {}),
    });
    const seconds = (Date.now() - started) / 1000;
    if (result.errorRows > 0) {
      io.err(`Tệp có ${result.errorRows} dòng lỗi hoặc chưa chắc chắn; không ghi dòng nào.`);
      for (const p of [...result.problems].sort((a, b) => a.row - b.row).slice(0, 50)) {
        io.err(
          `  Dòng ${p.row}${p.column ? `, cột "${p.column}"` : ''}: ${p.problem}${p.suggestion ? ` → ${p.suggestion}` : ''}`,
        );
      }
      for (const m of result.matches.slice(0, 20)) {
        io.err(
          `  Dòng ${m.rows.slice(0, 10).join(', ')}: "${m.fullName}" có thể trùng ${m.candidates.map((c) => `"${c.fullName}" (${c.unitName}, id ${c.personId})`).join(', ')}; hãy thêm số CCCD hoặc ngày sinh, nhập qua trang web, hoặc xác nhận bằng --confirm-file với mã đối chiếu "${m.key}".`,
        );
      }
      return 2;
    }
    const created = Object.entries(result.created)
      .filter(([, n]) => n > 0)
      .map(([table, n]) => `${table}: ${n}`)
      .join(', ');
    io.out(
      `${args.dryRun ? 'Chạy thử' : 'Đã nhập'} ${result.rows} dòng trong ${seconds.toFixed(1)} giây` +
        ` (${Math.round(result.rows / Math.max(seconds, 0.001))} dòng/giây). Thêm mới: ${created || 'không'}; đã có: ${result.unchanged}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AppError && error.status < 500) {
      io.err(`Lỗi: ${error.message}`);
      for (const d of error.details ?? []) io.err(`  ${d.message}`);
      if (['IMPORT_TOO_MANY_ROWS', 'IMPORT_FILE_SUSPICIOUS'].includes(error.code)) {
        io.err('  Nếu tệp đúng là lớn như vậy, hãy nâng giới hạn bằng --max-rows hoặc --max-inflated-mb.');
      }
      return 2;
    }
    throw error;
  }
}

/** `vinhdanh import FILE --tenant T --kind K [--dry-run] [--confirm-file F]`: streaming import of a large file. */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'Nhập dữ liệu cũ từ tệp .xlsx hoặc .csv (theo mẫu), đọc từng phần, ghi tất cả hoặc không ghi gì',
    )
    .argument('<file>', 'tệp .xlsx hoặc .csv theo mẫu nhập')
    .requiredOption('--tenant <code>', 'mã đơn vị chủ quản, ví dụ SONHA')
    .requiredOption('--kind <kind>', `loại dữ liệu: ${KINDS.join(', ')}`)
    .option('--dry-run', 'chỉ kiểm tra, không ghi')
    .option('--max-rows <n>', 'số dòng tối đa (mặc định như trang web: 50000)')
    .option('--max-inflated-mb <n>', 'dung lượng giải nén tối đa của một phần tệp .xlsx, MB (mặc định 100)')
    .option(
      '--confirm-file <json>',
      'tệp JSON xác nhận các trường hợp có thể trùng: {"<mã đối chiếu>": "<id cá nhân>" hoặc "NEW"}',
    )
    .action(async (file: string, o: Omit<ImportArgs, 'file'>) => {
      const { openConfiguredDatabase } = await import('./database.command');
      const { SingleBar, Presets } = await import('cli-progress');
      const { database } = await openConfiguredDatabase();
      const bar = new SingleBar(
        { format: 'Lượt {pass}/2 ({label}) {value} dòng | {duration_formatted}', hideCursor: true },
        Presets.shades_classic,
      );
      let shownPass = 0;
      const label = (pass: number) => (pass === 1 ? 'kiểm tra' : 'ghi');
      try {
        process.exitCode = await runImport(
          database.db,
          { ...o, file },
          {
            out: (line) => {
              bar.stop();
              console.log(line);
            },
            err: (line) => {
              bar.stop();
              console.error(line);
            },
            onProgress: (pass, rows) => {
              if (pass !== shownPass) {
                if (shownPass) bar.stop();
                bar.start(0, 0, { pass, label: label(pass) });
                shownPass = pass;
              }
              bar.update(rows, { pass, label: label(pass) });
            },
          },
        );
      } finally {
        bar.stop();
        await database.close();
      }
    });
}
