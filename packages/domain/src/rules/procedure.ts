// Procedure rules attached to a rule set: council secret ballot, public comment, dossier, simplified procedure.
import type { RuleSet } from './rule-set';
import type { AwardCode, AwardKind } from './types';

export type CouncilBallot = { readonly members: number; readonly present: number; readonly yes: number };

export type CouncilVoteResult = {
  readonly required: boolean;
  readonly passed: boolean;
  readonly thresholdPct: number | null;
  readonly denominator: 'ALL_MEMBERS' | 'PRESENT' | null;
  /** yes / denominator × 100. */
  readonly pct: number | null;
  readonly text: string;
  readonly citation: string;
};

/** T32: 13 of 15 members = 86.7% fails a ≥ 90%-of-all-members rule. */
export function checkCouncilVote(
  ruleSet: RuleSet,
  award: AwardCode,
  ballot: CouncilBallot,
): CouncilVoteResult {
  // A province's award no longer in force on the date has no rule here: no ballot rule, like the law's forms.
  const rule = ruleSet.awards[award]?.councilVote ?? null;
  const citation = ruleSet.citations.council;
  if (!rule) {
    const text = 'Không bắt buộc bỏ phiếu kín tại Hội đồng thi đua, khen thưởng';
    return {
      required: false,
      passed: true,
      thresholdPct: null,
      denominator: null,
      pct: null,
      text,
      citation,
    };
  }
  const denom = rule.denominator === 'ALL_MEMBERS' ? ballot.members : ballot.present;
  const pct = denom > 0 ? (ballot.yes * 100) / denom : 0;
  const passed = denom > 0 && ballot.yes * 100 >= rule.thresholdPct * denom;
  const of = rule.denominator === 'ALL_MEMBERS' ? 'tổng số thành viên' : 'số thành viên có mặt';
  const shown = String(Math.round(pct * 10) / 10).replace('.', ',');
  const text = `${ballot.yes}/${denom} ${of} đồng ý (${shown}%), cần tối thiểu ${rule.thresholdPct}%`;
  return {
    required: true,
    passed,
    thresholdPct: rule.thresholdPct,
    denominator: rule.denominator,
    pct,
    text,
    citation,
  };
}

export const needsPublicComment = (ruleSet: RuleSet, award: AwardCode): boolean =>
  ruleSet.awards[award].publicComment;

export type SimplifiedConditions = {
  readonly kind: AwardKind;
  /** (a) timely encouragement serves a political requirement. */
  readonly timely: boolean;
  /** (b) an outstanding, unexpected achievement. */
  readonly unexpected: boolean;
  /** (c) a clear-cut merit. */
  readonly clearMerit: boolean;
};

export type SimplifiedResult = {
  readonly allowed: boolean;
  readonly dossier: readonly string[];
  readonly text: string;
  readonly citation: string;
};

const SIMPLIFIED_DOSSIER = [
  'Tờ trình kèm danh sách đề nghị khen thưởng',
  'Báo cáo tóm tắt thành tích có xác nhận của thủ trưởng đơn vị đề nghị',
];

/** T33: a one-off (đột xuất) achievement meeting all three conditions uses the short dossier. */
export function simplifiedProcedure(ruleSet: RuleSet, c: SimplifiedConditions): SimplifiedResult {
  const citation = ruleSet.citations.simplified;
  const allowed = c.kind === 'DOT_XUAT' && c.timely && c.unexpected && c.clearMerit;
  const text = allowed
    ? 'Được khen thưởng theo thủ tục đơn giản'
    : 'Không đủ điều kiện thủ tục đơn giản (cần thành tích đột xuất, rõ ràng, cần động viên kịp thời)';
  return { allowed, dossier: allowed ? SIMPLIFIED_DOSSIER : [], text, citation };
}

/** The dossier components of an award under the rule set (Law 2022, Điều 84). */
export function dossierFor(
  ruleSet: RuleSet,
  award: AwardCode,
): { items: readonly string[]; citation: string } {
  const rule = ruleSet.awards[award];
  const citation =
    rule.category === 'DANH_HIEU' ? ruleSet.citations.dossierTitle : ruleSet.citations.dossierCommendation;
  return { items: rule.dossier, citation };
}
