// The command-line contract (eligibility-contract.md), run as a real subprocess.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { LAW_CASES } from '@vinhdanh/domain/rules/law-cases';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../../..');
const FIXTURES = join(import.meta.dirname, 'fixtures');
const dir = mkdtempSync(join(tmpdir(), 'vinhdanh-rules-'));

function run(...args: string[]) {
  const r = spawnSync(
    join(ROOT, 'node_modules/.bin/tsx'),
    ['apps/server/src/cli/main.ts', 'rules', ...args],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const FIELDS = ['award', 'year', 'ruleSet', 'eligible', 'held', 'reasons', 'amountVnd'];

function expectVerdictShape(v: Record<string, unknown>): void {
  for (const f of FIELDS) expect(v).toHaveProperty(f);
  expect(typeof v.eligible).toBe('boolean');
  expect(typeof v.held).toBe('boolean');
  expect(v.amountVnd === null || Number.isInteger(v.amountVnd)).toBe(true);
  const reasons = v.reasons as { met: unknown; text: unknown; citation: unknown }[];
  expect(reasons.length).toBeGreaterThan(0);
  for (const r of reasons) {
    expect(typeof r.met).toBe('boolean');
    expect(typeof r.text).toBe('string');
    expect(r.citation).toContain('Điều');
  }
}

describe('vinhdanh rules check', { timeout: 60_000 }, () => {
  it('every law.md case through a .jsonl file, one verdict per line in order', () => {
    const file = join(dir, 'cases.jsonl');
    writeFileSync(file, `${LAW_CASES.map((c) => JSON.stringify(c.case)).join('\n')}\n`);
    const r = run('check', file);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(LAW_CASES.length);
    lines.forEach((line, i) => {
      const c = LAW_CASES[i];
      if (!c) throw new Error('missing case');
      const v = JSON.parse(line) as Record<string, unknown>;
      expectVerdictShape(v);
      expect(v.award).toBe(c.case.target.award);
      expect(v.year).toBe(c.case.target.year);
      expect(v.eligible, c.id).toBe(c.expect.eligible);
      expect(v.held, c.id).toBe(c.expect.held ?? false);
      if (c.expect.ruleSet) expect(v.ruleSet, c.id).toBe(c.expect.ruleSet);
      if (c.expect.amountVnd !== undefined) expect(v.amountVnd, c.id).toBe(c.expect.amountVnd);
    });
  });

  it.each(['T1', 'T2', 'T12', 'T23', 'T27', 'T28'])('%s as a single .json case', (id) => {
    const c = LAW_CASES.find((x) => x.id === id);
    if (!c) throw new Error(`no case ${id}`);
    const file = join(dir, `${id}.json`);
    writeFileSync(file, JSON.stringify(c.case, null, 2));
    const r = run('check', file);
    expect(r.code).toBe(0);
    const v = JSON.parse(r.stdout) as Record<string, unknown>;
    expectVerdictShape(v);
    expect(v.eligible).toBe(c.expect.eligible);
    if (c.expect.amountVnd !== undefined) expect(v.amountVnd).toBe(c.expect.amountVnd);
  });

  it('defaults decisionDate to 31 December of the target year', () => {
    const file = join(dir, 'default-date.json');
    writeFileSync(
      file,
      JSON.stringify({ target: { award: 'LDTT', year: 2023 }, subject: { type: 'individual' } }),
    );
    const v = JSON.parse(run('check', file).stdout) as Record<string, unknown>;
    expect(v.ruleSet).toBe('LTDKT-2013+ND-91-2017');
    expect(v.amountVnd).toBe(540_000);
  });

  it('2026 contract fields: submittedOn, evaluationPeriod, initiative ids, accepted, initiativesUsed', () => {
    const base = {
      target: { award: 'BK_BO_TINH', year: 2025 },
      decisionDate: '2025-12-20',
      subject: { type: 'individual', group: 'CBCCVC', evaluationPeriod: 'SCHOOL_YEAR' },
      ratings: [
        { year: 2024, rating: 'HTXSNV' },
        { year: 2025, rating: 'HTXSNV' },
      ],
      initiatives: [
        { id: 'sk-1', year: 2024, type: 'SANG_KIEN', scope: 'CO_SO' },
        { id: 'sk-2', year: 2025, type: 'SANG_KIEN', scope: 'CO_SO', accepted: true },
      ],
    };
    const file = join(dir, 'contract-2026.jsonl');
    const used = { ...base, awards: [{ award: 'GIAY_KHEN', year: 2025, initiativesUsed: ['sk-2'] }] };
    const old = {
      target: { award: 'CSTDCS', year: 2023 },
      decisionDate: '2024-01-20',
      submittedOn: '2023-12-20',
      subject: { type: 'individual' },
      ratings: [{ year: 2023, rating: 'HTXSNV' }],
      awards: [{ award: 'LDTT', year: 2023 }],
    };
    writeFileSync(file, [base, used, old].map((c) => JSON.stringify(c)).join('\n'));
    const r = run('check', file);
    expect(r.stderr).toBe('');
    const [free, taken, transition] = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(free?.eligible).toBe(true);
    expect(taken?.eligible).toBe(false);
    expect(transition?.ruleSet).toBe('LTDKT-2013+ND-91-2017');
    const bad = join(dir, 'unknown-initiative.json');
    writeFileSync(
      bad,
      JSON.stringify({ ...base, awards: [{ award: 'LDTT', year: 2024, initiativesUsed: ['x'] }] }),
    );
    const e = run('check', bad);
    expect(e.code).toBe(2);
    expect(e.stderr).toContain('awards[0].initiativesUsed[0]');
    const period = join(dir, 'bad-period.json');
    writeFileSync(
      period,
      JSON.stringify({ ...base, subject: { type: 'individual', evaluationPeriod: 'QUARTER' } }),
    );
    expect(run('check', period).stderr).toContain('subject.evaluationPeriod');
  });

  it.each([
    ['invalid-date.json', 'subject.recruitedOn', 'Dòng 5'],
    ['bad-enum.json', 'ratings[0].rating', 'Dòng 4'],
    ['unknown-code.jsonl', 'target.award', 'Dòng 2'],
  ])('%s → exit 2, Vietnamese message naming %s and the line', (name, field, line) => {
    const r = run('check', join(FIXTURES, name));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(field);
    expect(r.stderr).toContain(line);
    expect(r.stderr).toMatch(/không hợp lệ/);
    expect(r.stderr).not.toMatch(/^\s+at /m);
  });

  it('missing fields, wrong types and broken JSON are input errors without a stack trace', () => {
    const missing = join(dir, 'missing.jsonl');
    writeFileSync(
      missing,
      '{"subject":{"type":"individual"}}\n{"target":{"award":"LDTT","year":"2024"},"subject":{"type":"individual"}}\n',
    );
    const r = run('check', missing);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Dòng 1, trường "target": thiếu trường bắt buộc');
    expect(r.stderr).toContain('Dòng 2, trường "target.year"');
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{\n  "target": {\n');
    const b = run('check', broken);
    expect(b.code).toBe(2);
    expect(b.stdout).toBe('');
    expect(b.stderr).toContain('JSON');
    expect(b.stderr).not.toMatch(/^\s+at /m);
    const none = run('check', join(dir, 'does-not-exist.json'));
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
  });
});

describe('vinhdanh rules list', { timeout: 60_000 }, () => {
  it('prints the catalogue of the rule set in force as a table', () => {
    const r = run('list', '--at', '2025-09-10');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('LTDKT-2022+ND-152-2025');
    expect(r.stdout).toMatch(/BK_BO_TINH\s+\|\s+Bằng khen bộ, ban, ngành, tỉnh\s+\|\s+1,5/);
  });
  it('prints JSON with --json', () => {
    const r = run('list', '--at', '2024-03-01', '--json');
    const out = JSON.parse(r.stdout) as {
      ruleSet: string;
      awards: { code: string; coefficient: number | null; citation: string }[];
    };
    expect(out.ruleSet).toBe('LTDKT-2022+ND-98-2023');
    expect(out.awards.find((a) => a.code === 'CO_CP')?.coefficient).toBe(12);
    for (const a of out.awards) expect(a.citation).toContain('Điều');
  });
  it('rejects an impossible --at date with exit 2', () => {
    const r = run('list', '--at', '2024-02-30');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
  });
});
