// A province's own titles and forms of commendation (issue 12, rule 12): "Công dân Thủ đô ưu tú" (Hà Nội
// QĐ 71/2025), a provincial Kỷ niệm chương, "Doanh nhân tiêu biểu" (Law 2022, Điều 81.3). They are data the
// tenant administrator writes — code, name, level and kind for statistics, subjects, decider, criteria built
// from the engine's combinators, money, the provincial regulation cited, and the dates in force — versioned
// like the rule sets: a new version closes the previous one, and the engine judges a date by the version in
// force on it. The engine evaluates them exactly like the law's awards, so no code changes for a new one.

import type { AwardCategory, AwardLevel } from './catalogue';
import type { Criterion } from './criteria';
import type { DeciderRole } from './params';
import type { AwardRule, RuleSet } from './rule-set';
import { lawAwardName } from './state-awards';
import type { AwardCode, AwardKind, SubjectType } from './types';

export type TenantAward = {
  /** Upper case, digits and "_": "CONG_DAN_UU_TU". Never one of the law's codes. */
  readonly code: string;
  readonly version: number;
  readonly name: string;
  readonly level: AwardLevel;
  readonly category: AwardCategory;
  /** The kind it is counted under in the statistics (0603: công trạng, chuyên đề…). */
  readonly kind: AwardKind;
  readonly subjectTypes: readonly SubjectType[];
  readonly decider: DeciderRole;
  readonly criteria: Criterion;
  /** × base salary for an individual; null: no money (or left to the decider). */
  readonly coefficient: number | null;
  /** The provincial regulation and its article: "Quyết định 71/2025/QĐ-UBND, Điều 5". */
  readonly citation: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
};

export const TENANT_AWARD_CODE = /^[A-Z][A-Z0-9_]{1,39}$/;

/** The version of each code in force on `date` (ISO). */
export function tenantAwardsInForce(awards: readonly TenantAward[], date: string): TenantAward[] {
  const byCode = new Map<string, TenantAward>();
  for (const a of awards) {
    if (a.effectiveFrom > date || (a.effectiveTo !== null && a.effectiveTo < date)) continue;
    const seen = byCode.get(a.code);
    if (!seen || seen.version < a.version) byCode.set(a.code, a);
  }
  return [...byCode.values()];
}

/** The law's principles (holds, discipline, revoked awards) still apply: they live in the engine. */
function ruleOf(a: TenantAward): AwardRule {
  return {
    code: a.code as AwardCode,
    name: a.name,
    subjectTypes: a.subjectTypes,
    level: a.level,
    category: a.category,
    proposer: 'Theo quy chế thi đua, khen thưởng của tỉnh',
    criteria: Object.fromEntries(a.subjectTypes.map((t) => [t, a.criteria])) as AwardRule['criteria'],
    citation: a.citation,
    coefficient: a.coefficient,
    moneyCitation: a.citation,
    collectiveMultiplier: 1,
    householdMultiplier: 1,
    deciders: [a.decider],
    payer: 'DECIDING_LEVEL',
    dossier: ['Tờ trình đề nghị', 'Báo cáo thành tích', 'Biên bản xét khen thưởng'],
    councilVote: null,
    publicComment: false,
  };
}

/**
 * The rule set with the tenant's awards in force on `date` added to its catalogue, so `evaluateAward`,
 * money and routing treat them like the law's own. A tenant code that equals a law code is ignored (the
 * admin page refuses it; this is the engine's own guard).
 */
export function withTenantAwards(ruleSet: RuleSet, awards: readonly TenantAward[], date: string): RuleSet {
  const inForce = tenantAwardsInForce(awards, date).filter((a) => !isLawAwardCode(a.code));
  if (inForce.length === 0) return ruleSet;
  const extra = Object.fromEntries(inForce.map((a) => [a.code, ruleOf(a)]));
  return { ...ruleSet, awards: { ...ruleSet.awards, ...extra }, overridden: true };
}

export const isLawAwardCode = (code: string): boolean => lawAwardName(code) !== undefined;

/** The province's own awards in the rule set (those in force on its date) for a subject type. */
export const provincialAwardCodes = (ruleSet: RuleSet, subjectType: SubjectType): AwardCode[] =>
  (Object.keys(ruleSet.awards) as AwardCode[]).filter(
    (code) => !isLawAwardCode(code) && ruleSet.awards[code].subjectTypes.includes(subjectType),
  );

/** Whether the rule set (with a tenant's awards) knows the code: the run-time check that replaced the enum. */
export const knowsAward = (ruleSet: RuleSet, code: string): code is AwardCode =>
  Object.hasOwn(ruleSet.awards, code);

const OPS_WITH_CHILDREN = new Set(['all', 'any']);
const LEAF_OPS = new Set([
  'subjectType',
  'groupIn',
  'titleInYear',
  'ratingAtLeast',
  'consecutiveYears',
  'cycleAwards',
  'countInWindow',
  'priorAward',
  'recruitedAtLeastMonths',
  'noDisciplineInYear',
  'memberShareAtLeast',
  'memberCountAtLeast',
  'memberCountAtMost',
  'clusterLeader',
  'attested',
  'judged',
]);

export type CriterionIssue = { path: string; message: string };

/**
 * A criterion written as JSON by an administrator: only the engine's combinators, nested at most 6 deep,
 * and every leaf with its citation (the citation is the reason text's source, as for the law's rules).
 */
export function validateCriterion(raw: unknown, path = 'criteria', depth = 0): CriterionIssue[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return [{ path, message: 'Tiêu chí phải là một đối tượng JSON có "op"' }];
  if (depth > 6) return [{ path, message: 'Tiêu chí lồng quá 6 cấp' }];
  const c = raw as Record<string, unknown>;
  const op = c.op;
  if (typeof op !== 'string' || !(OPS_WITH_CHILDREN.has(op) || LEAF_OPS.has(op) || op === 'not'))
    return [{ path: `${path}.op`, message: `Không có phép "${String(op)}" trong ngôn ngữ tiêu chí` }];
  if (OPS_WITH_CHILDREN.has(op)) {
    if (!Array.isArray(c.of) || c.of.length === 0)
      return [{ path: `${path}.of`, message: `"${op}" cần danh sách tiêu chí con` }];
    return c.of.flatMap((child, i) => validateCriterion(child, `${path}.of[${i}]`, depth + 1));
  }
  const issues: CriterionIssue[] = [];
  if (typeof c.citation !== 'string' || c.citation.trim().length < 5)
    issues.push({
      path: `${path}.citation`,
      message: 'Mỗi tiêu chí phải trích dẫn căn cứ (điều, khoản của quy định)',
    });
  if (op === 'not') issues.push(...validateCriterion(c.of, `${path}.of`, depth + 1));
  if (
    (op === 'attested' || op === 'judged' || op === 'not') &&
    (typeof c.text !== 'string' || !c.text.trim())
  )
    issues.push({ path: `${path}.text`, message: 'Nhập nội dung tiêu chí' });
  if (op === 'ratingAtLeast' && !['HTXSNV', 'HTTNV', 'HTNV', 'KHTNV'].includes(String(c.min)))
    issues.push({ path: `${path}.min`, message: 'Mức xếp loại phải là HTXSNV, HTTNV, HTNV hoặc KHTNV' });
  if (op === 'judged' && (typeof c.id !== 'string' || !c.id))
    issues.push({ path: `${path}.id`, message: 'Tiêu chí cần Hội đồng xác nhận phải có mã (id)' });
  return issues;
}
