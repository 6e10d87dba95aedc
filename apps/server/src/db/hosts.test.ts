import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable } from '../lib/db-errors';
import { isMultiHost, splitHosts, splitReadUrls } from './hosts';
import { DatabaseUnavailableError } from './replicas';

describe('multi-host connection strings', () => {
  it('splits the hosts, keeping the user, database and parameters for each', () => {
    expect(splitHosts('postgres://vd:m%40t@db1:5433,db2,[::1]:6432/vinhdanh?sslmode=require')).toEqual([
      { host: 'db1', port: 5433, url: 'postgres://vd:m%40t@db1:5433/vinhdanh?sslmode=require' },
      { host: 'db2', port: 5432, url: 'postgres://vd:m%40t@db2:5432/vinhdanh?sslmode=require' },
      { host: '::1', port: 6432, url: 'postgres://vd:m%40t@[::1]:6432/vinhdanh?sslmode=require' },
    ]);
    expect(isMultiHost('postgres://vd@db1,db2/vinhdanh')).toBe(true);
    expect(isMultiHost('postgres://vd@db1:5432/vinhdanh')).toBe(false);
  });

  it('reads DATABASE_READ_URL as one multi-host URL or several URLs', () => {
    const hosts = (v: string) => splitReadUrls(v).map((t) => `${t.host}:${t.port}`);
    expect(hosts('postgres://vd@s1,s2:5433/vinhdanh')).toEqual(['s1:5432', 's2:5433']);
    expect(hosts('postgres://vd@s1/vinhdanh, postgresql://vd@s2:5433/vinhdanh')).toEqual([
      's1:5432',
      's2:5433',
    ]);
  });
});

describe('database unavailable', () => {
  it('is a lost or refused connection, a shutdown, or no writable host; not a query error', () => {
    expect(isDatabaseUnavailable(new DatabaseUnavailableError('none'))).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }))).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('x', { cause: Object.assign(new Error('t'), { code: '57P01' }) })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable(new Error('x', { cause: new Error('Connection terminated unexpectedly') })),
    ).toBe(true);
    expect(isDatabaseUnavailable(Object.assign(new Error('dup'), { code: '23505' }))).toBe(false);
    expect(isDatabaseUnavailable(new Error('boom'))).toBe(false);
  });
});
