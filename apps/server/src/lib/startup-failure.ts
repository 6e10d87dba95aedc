import { ZodError } from 'zod';

/**
 * A start-up failure the operator can fix: printed as its one Vietnamese line (what went wrong,
 * what to do), never as a stack trace. The CLI exits with status 1 after printing it.
 */
export class StartupError extends Error {
  readonly code = 'STARTUP_FAILED';
}

export type StartupContext = {
  dataDir?: string;
  databaseUrl?: string | undefined;
  port?: number;
};

type SystemError = Error & {
  code?: string;
  syscall?: string;
  path?: string;
  address?: string;
  port?: number;
};

/** The error and everything it wraps (drizzle's `cause`, the AggregateError of a dual-stack connect). */
function* chain(error: unknown, depth = 0): Generator<SystemError> {
  if (!(error instanceof Error) || depth > 5) return;
  yield error as SystemError;
  if (error instanceof AggregateError) for (const e of error.errors) yield* chain(e, depth + 1);
  if (error.cause) yield* chain(error.cause, depth + 1);
}

const DATA_DIR_CODES = new Set([
  'EACCES',
  'EPERM',
  'EROFS',
  'ENOTDIR',
  'EEXIST',
  'ENOSPC',
  'EISDIR',
  'ENOENT',
]);
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ECONNRESET',
]);

/** Where a database URL points, without the password it may carry. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return '(DATABASE_URL không đọc được)';
  }
}

function configLine(error: ZodError): string {
  const problems = error.issues.map((i) => `${i.path.join('.') || '(gốc)'}: ${i.message}`).join('; ');
  return `Cấu hình sai — ${problems}. Sửa biến môi trường (hoặc tệp .env) rồi chạy lại.`;
}

/** The one line for a failure an operator can fix, or undefined for a real bug (kept as a stack). */
export function explainStartupFailure(error: unknown, ctx: StartupContext): StartupError | undefined {
  if (error instanceof StartupError) return error;
  if (error instanceof ZodError) return new StartupError(configLine(error));
  for (const e of chain(error)) {
    if (e.syscall === 'listen' || e.code === 'EADDRINUSE') {
      const port = e.port ?? ctx.port;
      if (e.code === 'EADDRINUSE')
        return new StartupError(
          `Cổng ${port} đang được một chương trình khác dùng: hãy dừng chương trình đó, hoặc chạy Vinh Danh ở cổng khác (ví dụ PORT=${(port ?? 3000) + 1}).`,
        );
      if (e.code === 'EACCES')
        return new StartupError(
          `Không được phép mở cổng ${port}: cổng dưới 1024 cần quyền quản trị; hãy dùng cổng từ 1024 trở lên (ví dụ PORT=3000) sau một reverse proxy.`,
        );
      if (e.code === 'EADDRNOTAVAIL')
        return new StartupError(
          `Máy này không có địa chỉ ${e.address ?? ''} để nghe: hãy sửa HOST (ví dụ HOST=0.0.0.0).`,
        );
    }
    if (ctx.databaseUrl) {
      const where = describeDatabaseUrl(ctx.databaseUrl);
      if (e.code && UNREACHABLE.has(e.code))
        return new StartupError(
          `Không kết nối được cơ sở dữ liệu PostgreSQL tại ${where} (${e.code}): hãy khởi động PostgreSQL, hoặc sửa DATABASE_URL cho đúng máy và cổng.`,
        );
      if (e.code === '28P01' || e.code === '28000')
        return new StartupError(
          `PostgreSQL tại ${where} từ chối đăng nhập (${e.code}): hãy sửa tên người dùng và mật khẩu trong DATABASE_URL.`,
        );
      if (e.code === '3D000')
        return new StartupError(
          `Cơ sở dữ liệu ${where} chưa có (3D000): hãy tạo nó (createdb) hoặc sửa tên trong DATABASE_URL.`,
        );
      if (e.code === '57P03')
        return new StartupError(
          `PostgreSQL tại ${where} đang khởi động hoặc đang dừng (57P03): hãy chờ một lát rồi chạy lại.`,
        );
    } else if (
      ctx.dataDir &&
      e.code &&
      DATA_DIR_CODES.has(e.code) &&
      (!e.path || isUnder(e.path, ctx.dataDir))
    ) {
      const why = e.code === 'ENOSPC' ? 'ổ đĩa đã đầy' : `không ghi được, ${e.code}`;
      return new StartupError(
        `Thư mục dữ liệu ${ctx.dataDir} không dùng được (${why}): hãy cấp quyền ghi cho người dùng chạy Vinh Danh, giải phóng ổ đĩa, hoặc đặt VINHDANH_DATA_DIR sang một thư mục ghi được.`,
      );
    }
  }
  return undefined;
}

/** Whether a failing path is the data folder, one of its parents (mkdir -p), or inside it. */
function isUnder(failing: string, dataDir: string): boolean {
  return dataDir.startsWith(failing) || failing.startsWith(dataDir);
}
