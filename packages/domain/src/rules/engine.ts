// The engine: verdicts for one award or for every award of a subject, as pure functions.
import { CATALOGUE, type CatalogueEntry } from './catalogue';
import { createContext, type EvalContext } from './context';
import { attested, type Criterion, hasJudged } from './criteria';
import { formatDayVn, parseIsoDay, periodEndDay, periodStartDay } from './dates';
import { isMet } from './evaluate-criterion';
import { explain, flattenReasons } from './explain-criterion';
import { activeHold, type PreparedHistory, prepareHistory } from './history';
import { awardAmountVnd } from './money';
import {
  AWARD_NAMES,
  COLLECTIVE_KIND_NAMES,
  DISCIPLINE_NAMES,
  HOLD_NAMES,
  KIND_NAMES,
  SUBJECT_TYPE_NAMES,
} from './names';
import type { RuleSet } from './rule-set';
import {
  AWARD_CODES,
  type AwardCode,
  type History,
  type IsoDate,
  type Reason,
  type Target,
  type Verdict,
} from './types';

export type EvaluateOptions = {
  /** Selects the base salary and the day holds and disciplines are judged on. Default: the last day of the evaluation period (31/12, or 31/8 for a school year). */
  readonly decisionDate?: IsoDate;
  /** false: skip reason texts (bulk scans, benchmarks); reasons is then empty. */
  readonly explain?: boolean;
};

const NO_REASONS: readonly Reason[] = [];

function decisionDayOf(year: number, options: EvaluateOptions | undefined, h: PreparedHistory): number {
  const date = options?.decisionDate;
  if (date === undefined) return periodEndDay(year, h.period);
  const day = parseIsoDay(date);
  if (day === null) throw new RangeError(`Ngày quyết định không hợp lệ: ${date}`);
  return day;
}

/** Whether a collective title fits the kind of collective (a village is no commune). */
function appliesToKind(entry: CatalogueEntry, h: PreparedHistory): boolean {
  return (
    !entry.collectiveKinds || h.collectiveKind === null || entry.collectiveKinds.includes(h.collectiveKind)
  );
}

/** The criterion applied to this subject and kind, or a reason why none applies. */
function criterionFor(ctx: EvalContext, target: Target): Criterion | Reason {
  const rule = ctx.ruleSet.awards[target.award];
  const kind = target.kind ?? 'CONG_TRANG';
  const subjectType = ctx.h.subjectType;
  const criterion = rule.criteria[subjectType];
  if (!rule.subjectTypes.includes(subjectType) || criterion === undefined) {
    const to = rule.subjectTypes.map((t) => SUBJECT_TYPE_NAMES[t]).join(', ');
    const text = `${rule.name} chỉ xét tặng cho ${to}, không xét cho ${SUBJECT_TYPE_NAMES[subjectType]}`;
    return { met: false, text, citation: rule.citation };
  }
  if (!appliesToKind(rule, ctx.h)) {
    const to = (rule.collectiveKinds ?? []).map((k) => COLLECTIVE_KIND_NAMES[k]).join(', ');
    return { met: false, text: `${rule.name} chỉ xét tặng cho ${to}`, citation: rule.citation };
  }
  if (kind === 'CONG_TRANG') return criterion;
  const citation = ctx.ruleSet.citations.kinds;
  if (rule.category === 'DANH_HIEU') {
    return {
      met: false,
      text: `Danh hiệu thi đua chỉ xét tặng theo công trạng, không ${KIND_NAMES[kind]}`,
      citation,
    };
  }
  return attested(
    `Khen thưởng ${KIND_NAMES[kind]} căn cứ thành tích cụ thể, không xét theo chuỗi thành tích`,
    citation,
  );
}

function disciplineReason(ctx: EvalContext): Reason | null {
  const d = ctx.discipline;
  if (d === null) return null;
  const citation = ctx.ruleSet.citations.discipline;
  const form = DISCIPLINE_NAMES[d.what];
  if (ctx.countFromYear === Number.POSITIVE_INFINITY) {
    return {
      met: false,
      text: `Đang trong thời gian chịu kỷ luật ${form} (từ ${formatDayVn(d.from)})`,
      citation,
    };
  }
  const ended = (d.to as number) + 1;
  const fromDay = Math.max(ended, periodStartDay(ctx.countFromYear, ctx.h.period));
  const restart = formatDayVn(fromDay);
  if (ctx.year < ctx.countFromYear) {
    return {
      met: false,
      text: `Kỷ luật ${form} đến ${formatDayVn(d.to as number)}: thành tích chỉ được tính từ ${restart}, không xét năm ${ctx.year}`,
      citation,
    };
  }
  return {
    met: true,
    text: `Thành tích được tính từ ${restart}, sau khi hết thời hạn kỷ luật ${form}`,
    citation,
  };
}

function holdReason(ctx: EvalContext, held: boolean): Reason {
  const citation = ctx.ruleSet.citations.hold;
  const on = formatDayVn(ctx.decisionDay);
  const hold = held ? activeHold(ctx.h, ctx.decisionDay) : null;
  if (!hold)
    return { met: true, text: `Không thuộc trường hợp tạm dừng xét khen thưởng tại ngày ${on}`, citation };
  return {
    met: false,
    text: `Tạm dừng xét khen thưởng: ${HOLD_NAMES[hold.what]} (từ ${formatDayVn(hold.from)})`,
    citation,
  };
}

function verdictIn(ctx: EvalContext, target: Target, withText: boolean): Verdict {
  const ruleSet = ctx.ruleSet;
  const chosen = criterionFor(ctx, target);
  const isCriterion = 'op' in chosen;
  ctx.award = target.award;
  const criteriaMet = isCriterion ? isMet(chosen, ctx) : false;
  // Discipline (ND 152, Điều 4.4): nothing counts while it runs, nor in a year before achievements restart.
  const disciplined = ctx.year < ctx.countFromYear;
  const held = ruleSet.params.holdsBlock && activeHold(ctx.h, ctx.decisionDay) !== null;
  let reasons = NO_REASONS;
  let needsCouncil = false;
  if (withText) {
    const list: Reason[] = isCriterion ? flattenReasons(explain(chosen, ctx)) : [chosen];
    const d = disciplineReason(ctx);
    if (d) list.push(d);
    list.push(holdReason(ctx, held));
    reasons = list;
    if (isCriterion && !criteriaMet && hasJudged(chosen)) {
      ctx.assumeJudged = true;
      needsCouncil = isMet(chosen, ctx);
      ctx.assumeJudged = false;
    }
  }
  const verdict: Verdict = {
    award: target.award,
    year: target.year,
    ruleSet: ruleSet.id,
    eligible: criteriaMet && !disciplined && !held,
    held,
    reasons,
    amountVnd: awardAmountVnd(ruleSet, target.award, ctx.h.subjectType, ctx.decisionDay),
  };
  // Only with reason texts, so the bulk path keeps one object shape per verdict.
  return needsCouncil ? { ...verdict, needsCouncil } : verdict;
}

/** One award for one subject. */
export function evaluateAward(
  history: History | PreparedHistory,
  target: Target,
  ruleSet: RuleSet,
  options?: EvaluateOptions,
): Verdict {
  const h = prepareHistory(history);
  const ctx = createContext(h, target.year, ruleSet, decisionDayOf(target.year, options, h));
  return verdictIn(ctx, target, options?.explain !== false);
}

// The catalogue is fixed: the codes that apply to a kind of subject are worked out once, not per subject.
const codesBySubject = new Map<string, readonly AwardCode[]>();

function codesFor(h: PreparedHistory): readonly AwardCode[] {
  const key = `${h.subjectType}|${h.collectiveKind ?? ''}`;
  let codes = codesBySubject.get(key);
  if (!codes) {
    codes = AWARD_CODES.filter(
      (code) => CATALOGUE[code].subjectTypes.includes(h.subjectType) && appliesToKind(CATALOGUE[code], h),
    );
    codesBySubject.set(key, codes);
  }
  return codes;
}

/** Every catalogue award that applies to the subject's type, for one year (shared index and memo). */
export function evaluateAll(
  history: History | PreparedHistory,
  year: number,
  ruleSet: RuleSet,
  options?: EvaluateOptions,
): Verdict[] {
  const h = prepareHistory(history);
  const ctx = createContext(h, year, ruleSet, decisionDayOf(year, options, h));
  const withText = options?.explain !== false;
  const out: Verdict[] = [];
  // One target object, re-aimed per award: verdictIn keeps nothing of it, and a scan makes millions.
  const target: { award: AwardCode; year: number } = { award: 'LDTT', year };
  for (const code of codesFor(h)) {
    target.award = code;
    out.push(verdictIn(ctx, target, withText));
  }
  return out;
}

/** Codes of the awards that apply to a subject type, in catalogue order. */
export function awardsFor(subjectType: History['subject']['type']): AwardCode[] {
  return AWARD_CODES.filter((c) => CATALOGUE[c].subjectTypes.includes(subjectType));
}

export const awardName = (code: AwardCode): string => AWARD_NAMES[code].name;
