// Quotas on a unit's proposal list, with the rounding made explicit (T20: 20% of 12 leaders = 2.4 → 2).
import { AWARD_NAMES } from './names';
import type { QuotaBasis, QuotaRule, Rounding } from './params';
import type { RuleSet } from './rule-set';
import type { AwardCode } from './types';

export type QuotaBases = {
  /** LĐTT holders of the unit in the year (ND 91: CSTĐCS ≤ 15% of them). */
  readonly ldttCount?: number;
  readonly headcount?: number;
  /** Cluster and bloc leaders of the ministry or province (CV 5007: Cờ CP ≤ 20% of them). */
  readonly clusterLeaders?: number;
};

export type QuotaProposal = QuotaBases & { readonly proposed: Readonly<Partial<Record<AwardCode, number>>> };

export type QuotaResult = {
  readonly quotaId: string;
  readonly award: AwardCode;
  readonly basis: QuotaBasis;
  readonly base: number | null;
  readonly pct: number;
  /** pct × base / 100 before rounding. */
  readonly raw: number | null;
  readonly rounding: Rounding;
  readonly limit: number | null;
  readonly requested: number;
  readonly ok: boolean;
  readonly text: string;
  readonly citation: string;
};

const BASIS_NAMES: Readonly<Record<QuotaBasis, string>> = {
  LDTT_COUNT: 'số Lao động tiên tiến',
  HEADCOUNT: 'tổng số người',
  CLUSTER_LEADERS: 'số đơn vị dẫn đầu cụm, khối',
};

export function applyRounding(raw: number, rounding: Rounding): number {
  // Guard against binary noise: 20 × 12 / 100 must floor to 2, 15 × 20 / 100 to 3.
  const r = Math.round(raw * 1e9) / 1e9;
  return rounding === 'FLOOR' ? Math.floor(r) : rounding === 'CEIL' ? Math.ceil(r) : Math.round(r);
}

function baseOf(bases: QuotaBases, basis: QuotaBasis): number | null {
  const v =
    basis === 'LDTT_COUNT' ? bases.ldttCount : basis === 'HEADCOUNT' ? bases.headcount : bases.clusterLeaders;
  return v ?? null;
}

export function quotaLimit(rule: QuotaRule, base: number): { raw: number; limit: number } {
  const raw = (rule.pct * base) / 100;
  return { raw, limit: applyRounding(raw, rule.rounding) };
}

function checkOne(rule: QuotaRule, proposal: QuotaProposal): QuotaResult {
  const requested = proposal.proposed[rule.award] ?? 0;
  const base = baseOf(proposal, rule.basis);
  const name = AWARD_NAMES[rule.award].name;
  const common = {
    quotaId: rule.id,
    award: rule.award,
    basis: rule.basis,
    pct: rule.pct,
    rounding: rule.rounding,
  };
  if (base === null) {
    const text = `Chưa có ${BASIS_NAMES[rule.basis]} để kiểm tra tỷ lệ ${name} (tối đa ${rule.pct}%)`;
    return { ...common, base, raw: null, limit: null, requested, ok: false, text, citation: rule.citation };
  }
  const { raw, limit } = quotaLimit(rule, base);
  const ok = requested <= limit;
  const rawText = String(Math.round(raw * 100) / 100).replace('.', ',');
  const way =
    rule.rounding === 'FLOOR' ? 'làm tròn xuống' : rule.rounding === 'CEIL' ? 'làm tròn lên' : 'làm tròn';
  const text = `${name}: đề nghị ${requested}, tối đa ${limit} (${rule.pct}% của ${base} ${BASIS_NAMES[rule.basis]} = ${rawText}, ${way})`;
  return { ...common, base, raw, limit, requested, ok, text, citation: rule.citation };
}

/** Every quota of the rule set that concerns an award on the list (or all quotas with `all`). */
export function checkQuotas(ruleSet: RuleSet, proposal: QuotaProposal, all = false): QuotaResult[] {
  return ruleSet.params.quotas
    .filter((q) => all || (proposal.proposed[q.award] ?? 0) > 0)
    .map((q) => checkOne(q, proposal));
}
