import { describe, expect, it } from 'vitest';
import { explainStartupFailure } from './startup-failure';

// The failures the start-up test cannot provoke as root or without a second machine, each mapped
// to its line from the error Node or PostgreSQL gives.

const sysError = (code: string, extra: Record<string, unknown> = {}) =>
  Object.assign(new Error(`${code} something`), { code, ...extra });

describe('start-up failure lines', () => {
  it('a data folder without write permission or space', () => {
    const ctx = { dataDir: '/srv/vinhdanh/data' };
    const denied = explainStartupFailure(
      sysError('EACCES', { syscall: 'open', path: '/srv/vinhdanh/data/vinhdanh.lock' }),
      ctx,
    );
    expect(denied?.message).toMatch(
      /^Thư mục dữ liệu \/srv\/vinhdanh\/data không dùng được \(không ghi được, EACCES\)/,
    );
    const full = explainStartupFailure(sysError('ENOSPC', { path: '/srv/vinhdanh/data/base' }), ctx);
    expect(full?.message).toContain('ổ đĩa đã đầy');
    // A missing file elsewhere is a bug, not the operator's folder.
    expect(explainStartupFailure(sysError('ENOENT', { path: '/usr/lib/x.wasm' }), ctx)).toBeUndefined();
  });

  it('PostgreSQL refusing the login, wrapped by the query builder, without printing the password', () => {
    const wrapped = new Error('Failed query', { cause: sysError('28P01') });
    const line = explainStartupFailure(wrapped, { databaseUrl: 'postgres://vd:mat-khau@db.tinh:5433/vd' });
    expect(line?.message).toContain('PostgreSQL tại db.tinh:5433/vd từ chối đăng nhập (28P01)');
    expect(line?.message).not.toContain('mat-khau');
  });

  it('a database unreachable on both address families (AggregateError)', () => {
    const both = new AggregateError([sysError('ECONNREFUSED'), sysError('ECONNREFUSED')], 'connect');
    expect(explainStartupFailure(both, { databaseUrl: 'postgres://localhost/vd' })?.message).toContain(
      'localhost:5432/vd (ECONNREFUSED)',
    );
  });

  it('a port below 1024 without privileges', () => {
    const line = explainStartupFailure(sysError('EACCES', { syscall: 'listen', port: 80 }), { port: 80 });
    expect(line?.message).toContain('Không được phép mở cổng 80');
  });

  it('leaves a real bug alone, so it keeps its stack', () => {
    expect(explainStartupFailure(new TypeError('x is undefined'), { dataDir: '/d' })).toBeUndefined();
  });
});
