import type { TenantOverrides } from './params';
import type { RuleSet } from './rule-set';
import { AWARD_CODES } from './types';

export type OverrideIssue = { path: string; message: string };

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

const KIND_NAMES: Record<string, string> = {
  number: 'số',
  boolean: 'đúng/sai',
  string: 'chuỗi',
  object: 'đối tượng',
  array: 'danh sách',
  null: 'rỗng',
};

// A province's own council rules may put awards before its council that the decree does not (a
// provincial regulation such as Bắc Ninh QĐ 86/2025 has the council consider every award item, by
// majority). So councilVotes, unlike other records, takes any award code, with a rule of its shape.
const OPEN_RECORDS: Record<string, { keys: readonly string[]; template: unknown }> = {
  councilVotes: { keys: AWARD_CODES, template: { thresholdPct: 90, denominator: 'ALL_MEMBERS' } },
};

function councilRuleIssues(path: string, value: unknown): OverrideIssue[] {
  const rule = value as { thresholdPct?: unknown; denominator?: unknown };
  const issues: OverrideIssue[] = [];
  if (typeof rule.thresholdPct === 'number' && (rule.thresholdPct <= 0 || rule.thresholdPct > 100))
    issues.push({ path: `${path}.thresholdPct`, message: 'Phải lớn hơn 0 và không quá 100' });
  if (typeof rule.denominator === 'string' && !['ALL_MEMBERS', 'PRESENT'].includes(rule.denominator))
    issues.push({ path: `${path}.denominator`, message: 'Phải là ALL_MEMBERS hoặc PRESENT' });
  return issues;
}

/**
 * Checks a tenant's parameter overrides against the rule set's own parameters:
 * only known keys, each with the same shape as the default (one level deep for
 * objects, as ruleSetWithOverrides merges). A null default accepts a number or null.
 */
export function validateOverrides(
  ruleSet: RuleSet,
  raw: unknown,
): { ok: true; overrides: TenantOverrides } | { ok: false; issues: OverrideIssue[] } {
  const issues: OverrideIssue[] = [];
  if (kindOf(raw) !== 'object')
    return { ok: false, issues: [{ path: '(gốc)', message: 'Phải là một đối tượng JSON' }] };
  const params = ruleSet.params as unknown as Record<string, unknown>;
  const check = (path: string, value: unknown, base: unknown, depth: number) => {
    const want = kindOf(base);
    const got = kindOf(value);
    if (want === 'null' ? !['null', 'number', 'string'].includes(got) : want !== got) {
      issues.push({
        path,
        message: `Phải là ${KIND_NAMES[want] ?? want}, nhận được ${KIND_NAMES[got] ?? got}`,
      });
      return;
    }
    if (want === 'object' && depth === 0) {
      const open = OPEN_RECORDS[path];
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        const inner =
          (base as Record<string, unknown>)[k] ?? (open?.keys.includes(k) ? open.template : undefined);
        if (open && inner !== undefined && kindOf(v) === 'object')
          issues.push(...councilRuleIssues(`${path}.${k}`, v));
        if (inner === undefined)
          issues.push({ path: `${path}.${k}`, message: 'Không có tham số này trong bộ quy tắc' });
        else check(`${path}.${k}`, v, inner, depth + 1);
      }
    }
  };
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (!(key in params)) issues.push({ path: key, message: 'Không có tham số này trong bộ quy tắc' });
    else check(key, value, params[key], 0);
  }
  return issues.length ? { ok: false, issues } : { ok: true, overrides: raw as TenantOverrides };
}
