import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

// The dependency audit wrapper on recorded `npm audit --json` outputs: one with a high advisory
// (cross-spawn, reaching foreground-child) and a low one, and the registry's refusal seen here.

const script = path.join(import.meta.dirname, 'npm-audit.mjs');
const fixture = (name: string) => path.join(import.meta.dirname, 'fixtures', name);

function audit(report: string, exceptions: unknown[], today = '2026-12-03') {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vd-audit-ex-')), 'exceptions.json');
  fs.writeFileSync(file, JSON.stringify(exceptions));
  return spawnSync(process.execPath, [script, '--report', report, '--exceptions', file, '--today', today], {
    encoding: 'utf8',
  });
}

const crossSpawn = { advisory: 'GHSA-3xgq-45jj-v275', package: 'cross-spawn', reason: 'chỉ dùng khi dựng' };

it('fails on a high advisory that has no exception, naming it', () => {
  const run = audit(fixture('npm-audit-report.json'), []);
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('GHSA-3xgq-45jj-v275 (high, cross-spawn');
  expect(run.stderr).not.toContain('GHSA-v6h2-p8h4-qcjw'); // low: not blocking
});

it('passes while a dated exception holds, and fails again once it has expired', () => {
  const held = audit(fixture('npm-audit-report.json'), [{ ...crossSpawn, until: '2027-01-31' }]);
  expect(held.status, held.stderr).toBe(0);
  expect(held.stdout).toContain('1 lỗ hổng nghiêm trọng đã có ngoại lệ còn hạn');
  const expired = audit(fixture('npm-audit-report.json'), [{ ...crossSpawn, until: '2026-11-30' }]);
  expect(expired.status).toBe(1);
  expect(expired.stderr).toContain('đã hết hạn ngày 2026-11-30');
});

it('says in one line that the registry did not answer, and passes', () => {
  const run = audit(fixture('npm-audit-refused.json'), []);
  expect(run.status).toBe(0);
  expect(run.stdout.trim().split('\n')).toHaveLength(1);
  expect(run.stdout).toContain('máy chủ registry không trả lời (405 Method Not Allowed');
});
