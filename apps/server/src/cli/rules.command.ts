import { readFileSync } from 'node:fs';
import { DECIDER_NAMES } from '@vinhdanh/domain/rules/authority';
import { checkCase, type EligibilityCase } from '@vinhdanh/domain/rules/case';
import { isValidIsoDate } from '@vinhdanh/domain/rules/dates';
import { type JsonPath, jsonValueLines, lineAtOffset, lineOf } from '@vinhdanh/domain/rules/json-locate';
import { RULE_SET_IDS, ruleSetAt } from '@vinhdanh/domain/rules/registry';
import {
  AWARD_CODES,
  AWARD_KINDS,
  CLUSTER_ORGANIZERS,
  DISCIPLINE_FORMS,
  EVALUATION_PERIODS,
  HOLD_REASONS,
  INITIATIVE_SCOPES,
  INITIATIVE_TYPES,
  RATINGS,
  SUBJECT_GROUPS,
  SUBJECT_TYPES,
} from '@vinhdanh/domain/rules/types';
import type { Command } from 'commander';
import { z } from 'zod';
import { todayVn } from '../platform/clock';

// `vinhdanh rules …`: the eligibility contract (eligibility-contract.md). No database is loaded here.

const DATE_MSG = 'ngày không hợp lệ (cần dạng YYYY-MM-DD và là ngày có thật)';
const isoDate = z.string().refine(isValidIsoDate, { message: DATE_MSG });
const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const year = z.number().int().min(1945).max(2200);
const count = z.number().int().min(0);

const caseSchema = z
  .object({
    target: z.object({ award: z.enum(AWARD_CODES), year, kind: z.enum(AWARD_KINDS).optional() }),
    decisionDate: optionalDate,
    submittedOn: optionalDate,
    ruleSet: z
      .string()
      .refine((id) => RULE_SET_IDS.includes(id), {
        message: `bộ quy tắc không tồn tại (${RULE_SET_IDS.join(', ')})`,
      })
      .nullish(),
    subject: z.object({
      type: z.enum(SUBJECT_TYPES),
      recruitedOn: optionalDate,
      group: z.enum(SUBJECT_GROUPS).nullish(),
      evaluationPeriod: z.enum(EVALUATION_PERIODS).nullish(),
    }),
    ratings: z.array(z.object({ year, rating: z.enum(RATINGS) })).default([]),
    awards: z
      .array(
        z.object({
          award: z.enum(AWARD_CODES),
          year,
          kind: z.enum(AWARD_KINDS).default('CONG_TRANG'),
          decisionDate: optionalDate,
          revoked: z.boolean().default(false),
          achievementId: z.string().nullish(),
          achievement: z.string().nullish(),
          id: z.string().nullish(),
          initiativesUsed: z.array(z.string().min(1)).nullish(),
        }),
      )
      .default([]),
    initiatives: z
      .array(
        z.object({
          id: z.string().min(1).nullish(),
          year,
          type: z.enum(INITIATIVE_TYPES),
          scope: z.enum(INITIATIVE_SCOPES),
          applied: z.boolean().default(true),
          accepted: z.boolean().default(true),
        }),
      )
      .default([]),
    confirmed: z.array(z.string().min(1)).default([]),
    disciplines: z
      .array(z.object({ form: z.enum(DISCIPLINE_FORMS), from: isoDate, to: optionalDate }))
      .default([]),
    holds: z.array(z.object({ reason: z.enum(HOLD_REASONS), from: isoDate, to: optionalDate })).default([]),
    members: z
      .object({
        total: count,
        completedDuties: count,
        ldtt: count,
        cstdcs: count,
        disciplined: count.optional(),
      })
      .nullish(),
    clusterLeader: z.array(z.object({ year, organizer: z.enum(CLUSTER_ORGANIZERS) })).default([]),
  })
  .superRefine((c, ctx) => {
    for (const [list, name] of [
      [c.disciplines, 'disciplines'],
      [c.holds, 'holds'],
    ] as const) {
      list.forEach((p, i) => {
        if (p.to !== null && p.to < p.from) {
          ctx.addIssue({
            code: 'custom',
            path: [name, i, 'to'],
            message: 'ngày kết thúc trước ngày bắt đầu',
          });
        }
      });
    }
    if (c.submittedOn && c.decisionDate && c.submittedOn > c.decisionDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['submittedOn'],
        message: 'ngày cấp quyết định nhận hồ sơ sau ngày quyết định',
      });
    }
    const ids = new Set(c.initiatives.flatMap((i) => (i.id ? [i.id] : [])));
    c.awards.forEach((a, i) => {
      (a.initiativesUsed ?? []).forEach((id, j) => {
        if (!ids.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['awards', i, 'initiativesUsed', j],
            message: 'không có sáng kiến, đề tài nào mang mã này trong initiatives',
          });
        }
      });
    });
    const m = c.members;
    if (m) {
      for (const k of ['completedDuties', 'ldtt', 'cstdcs', 'disciplined'] as const) {
        if ((m[k] ?? 0) > m.total) {
          ctx.addIssue({
            code: 'custom',
            path: ['members', k],
            message: `lớn hơn tổng số thành viên (${m.total})`,
          });
        }
      }
    }
  });

type Issue = z.core.$ZodIssue;

function valueAt(data: unknown, path: JsonPath): unknown {
  let v: unknown = data;
  for (const k of path)
    v = v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'số',
  int: 'số nguyên',
  string: 'chuỗi',
  boolean: 'true hoặc false',
  object: 'đối tượng JSON',
  array: 'danh sách',
};

function describe(issue: Issue, data: unknown): string {
  const value = valueAt(data, issue.path as JsonPath);
  switch (issue.code) {
    case 'invalid_type':
      return value === undefined
        ? 'thiếu trường bắt buộc'
        : `sai kiểu dữ liệu, cần ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `giá trị ${JSON.stringify(value)} không hợp lệ; chấp nhận: ${issue.values.join(', ')}`;
    case 'too_small':
      return `giá trị ${JSON.stringify(value)} nhỏ hơn mức tối thiểu ${issue.minimum}`;
    case 'too_big':
      return `giá trị ${JSON.stringify(value)} lớn hơn mức tối đa ${issue.maximum}`;
    case 'custom':
      return value === undefined ? issue.message : `${issue.message}: ${JSON.stringify(value)}`;
    default:
      return `giá trị ${JSON.stringify(value)} không hợp lệ`;
  }
}

const fieldName = (path: readonly PropertyKey[]): string =>
  path.length === 0
    ? '(toàn bộ hồ sơ)'
    : path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i > 0 ? '.' : ''}${String(k)}`)).join('');

export type CheckOutcome =
  | { readonly ok: true; readonly output: string }
  | { readonly ok: false; readonly errors: string[] };

/** Parse, validate and evaluate one file's text. All cases are validated before any verdict is printed. */
export function checkText(text: string, jsonl: boolean): CheckOutcome {
  const units: { line: number; text: string; lines: (p: JsonPath) => number }[] = [];
  if (jsonl) {
    text.split('\n').forEach((raw, i) => {
      if (raw.trim() !== '') units.push({ line: i + 1, text: raw, lines: () => i + 1 });
    });
  } else {
    units.push({ line: 1, text, lines: () => 1 });
  }
  if (units.length === 0) return { ok: false, errors: ['Tệp không có hồ sơ nào để kiểm tra (dòng 1)'] };
  const errors: string[] = [];
  const cases: EligibilityCase[] = [];
  for (const unit of units) {
    let data: unknown;
    try {
      data = JSON.parse(unit.text);
    } catch (e) {
      const pos = /position (\d+)/.exec(String(e))?.[1];
      const line = jsonl ? unit.line : pos ? lineAtOffset(text, Number(pos)) : 1;
      errors.push(`Dòng ${line}: không phải JSON hợp lệ`);
      continue;
    }
    const parsed = caseSchema.safeParse(data);
    if (!parsed.success) {
      const located = jsonl ? null : jsonValueLines(unit.text);
      for (const issue of parsed.error.issues) {
        const path = issue.path as JsonPath;
        const line = located ? lineOf(located, path) : unit.line;
        errors.push(`Dòng ${line}, trường "${fieldName(issue.path)}": ${describe(issue, data)}`);
      }
      continue;
    }
    cases.push(parsed.data as EligibilityCase);
  }
  if (errors.length > 0) return { ok: false, errors };
  const verdicts = cases.map((c) => checkCase(c));
  const output = jsonl
    ? `${verdicts.map((v) => JSON.stringify(v)).join('\n')}\n`
    : `${JSON.stringify(verdicts[0], null, 2)}\n`;
  return { ok: true, output };
}

function runCheck(file: string): number {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    process.stderr.write(`Không đọc được tệp ${file} (dòng 0)\n`);
    return 2;
  }
  const outcome = checkText(text, file.toLowerCase().endsWith('.jsonl'));
  if (!outcome.ok) {
    process.stderr.write(
      `Dữ liệu vào không hợp lệ trong tệp ${file}:\n${outcome.errors.slice(0, 20).join('\n')}\n`,
    );
    return 2;
  }
  process.stdout.write(outcome.output);
  return 0;
}

const money = (coef: number | null): string => (coef === null ? '—' : String(coef).replace('.', ','));

function runList(at: string | undefined, asJson: boolean): number {
  const date = at ?? todayVn();
  if (!isValidIsoDate(date)) {
    process.stderr.write(`Tham số --at: ${DATE_MSG}: ${JSON.stringify(date)}\n`);
    return 2;
  }
  const rs = ruleSetAt(date);
  const rows = Object.values(rs.awards).map((a) => ({
    code: a.code,
    name: a.name,
    subjectTypes: a.subjectTypes,
    level: a.level,
    coefficient: a.coefficient,
    deciders: a.deciders,
    decider: a.deciders.map((d) => DECIDER_NAMES[d]).join('; '),
    citation: a.citation,
  }));
  if (asJson) {
    process.stdout.write(
      `${JSON.stringify({ ruleSet: rs.id, name: rs.name, at: date, awards: rows }, null, 2)}\n`,
    );
    return 0;
  }
  const head = ['Mã', 'Tên', 'Hệ số', 'Thẩm quyền quyết định', 'Căn cứ'];
  const body = rows.map((r) => [r.code, r.name, money(r.coefficient), r.decider, r.citation]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]): string =>
    cells
      .map((c, i) => c.padEnd(widths[i] ?? 0))
      .join(' | ')
      .trimEnd();
  const lines = [
    `Bộ quy tắc ${rs.id} (${rs.name}), áp dụng tại ngày ${date}`,
    fmt(head),
    widths.map((w) => '-'.repeat(w)).join('-+-'),
    ...body.map(fmt),
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}

export function registerRulesCommands(program: Command): void {
  const rules = program.command('rules').description('Bộ quy tắc khen thưởng');
  rules
    .command('check')
    .description(
      'Kiểm tra điều kiện khen thưởng cho hồ sơ trong tệp .json (một hồ sơ) hoặc .jsonl (mỗi dòng một hồ sơ)',
    )
    .argument('<file>', 'tệp hồ sơ')
    .action((file: string) => {
      process.exitCode = runCheck(file);
    });
  rules
    .command('list')
    .description('Danh mục danh hiệu, hình thức khen thưởng của bộ quy tắc có hiệu lực')
    .option('--at <date>', 'ngày áp dụng (YYYY-MM-DD), mặc định hôm nay')
    .option('--json', 'in dạng JSON')
    .action((opts: { at?: string; json?: boolean }) => {
      process.exitCode = runList(opts.at, opts.json === true);
    });
}
