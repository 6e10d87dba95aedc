// The dependency audit run by `npm test`: `npm audit --omit=dev`, failing on a high or critical
// advisory that is not in the dated exception list (scripts/audit-exceptions.json). An exception
// past its date fails again, so every accepted risk is looked at anew. When the registry does not
// answer (the one served here refuses the audit endpoint), it says so in one line and passes:
// an unreachable registry is not a finding.
//
//   node scripts/npm-audit.mjs [--report FILE] [--exceptions FILE] [--today YYYY-MM-DD]
// --report reads a recorded `npm audit --json` output instead of asking the registry.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const exceptionsFile = option('--exceptions') ?? path.join(root, 'scripts/audit-exceptions.json');
const today = option('--today') ?? new Date().toISOString().slice(0, 10);
const BLOCKING = new Set(['high', 'critical']);

function readReport() {
  const recorded = option('--report');
  if (recorded) return fs.readFileSync(recorded, 'utf8');
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 120_000,
  });
  return run.stdout ?? '';
}

function parse(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const report = parse(readReport());
if (!report?.vulnerabilities) {
  const why = report?.message ?? report?.error?.summary ?? 'no answer';
  console.log(
    `Kiểm tra lỗ hổng thư viện (npm audit): máy chủ registry không trả lời (${why}), bỏ qua lần này.`,
  );
  process.exit(0);
}

/** Each high or critical advisory once, with the packages it reaches. */
const advisories = new Map();
for (const vuln of Object.values(report.vulnerabilities)) {
  for (const via of vuln.via ?? []) {
    if (typeof via !== 'object' || !BLOCKING.has(via.severity)) continue;
    const id = String(via.url ?? via.source).replace('https://github.com/advisories/', '');
    const entry = advisories.get(id) ?? { id, title: via.title, severity: via.severity, packages: new Set() };
    entry.packages.add(via.name ?? vuln.name);
    advisories.set(id, entry);
  }
}

const exceptions = JSON.parse(fs.readFileSync(exceptionsFile, 'utf8'));
const failures = [];
for (const a of advisories.values()) {
  const exception = exceptions.find((e) => e.advisory === a.id);
  const where = `${a.id} (${a.severity}, ${[...a.packages].join(', ')}: ${a.title})`;
  if (!exception) failures.push(`lỗ hổng ${where} chưa được xử lý và không có trong danh sách ngoại lệ`);
  else if (exception.until < today) failures.push(`ngoại lệ cho ${where} đã hết hạn ngày ${exception.until}`);
}
if (failures.length > 0) {
  for (const f of failures) console.error(`npm audit: ${f}.`);
  console.error(
    `Cập nhật thư viện, hoặc ghi ngoại lệ có thời hạn và lý do vào ${path.relative(root, exceptionsFile)}.`,
  );
  process.exit(1);
}
const excepted =
  advisories.size > 0 ? `, ${advisories.size} lỗ hổng nghiêm trọng đã có ngoại lệ còn hạn` : '';
console.log(`Kiểm tra lỗ hổng thư viện (npm audit): không có lỗ hổng nghiêm trọng chưa xử lý${excepted}.`);
