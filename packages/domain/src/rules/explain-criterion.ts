// Slow path: the reason tree, with short concrete Vietnamese text and the citation of each criterion.
import type { EvalContext } from './context';
import type { Criterion, Evidence } from './criteria';
import { formatDayVn } from './dates';
import {
  blockingDiscipline,
  cycleAwardYears,
  isMet,
  isRecruitedLongEnough,
  lastAwardBefore,
  monthsCountedTo,
  sameReviewEligible,
} from './evaluate-criterion';
import { countInWindow, hasAwardInYear, memberValue, missingYears, priorAwardYears } from './evidence';
import {
  AWARD_NAMES,
  awardNames,
  DISCIPLINE_NAMES,
  formatPercentVn,
  formatYears,
  GROUP_NAMES,
  KIND_NAMES,
  RATING_NAMES,
  SCOPE_NAMES,
  SUBJECT_TYPE_NAMES,
} from './names';
import { type AwardCode, RATINGS, type Reason, type SubjectGroup } from './types';

export type ReasonNode = Reason & {
  readonly group?: 'all' | 'any';
  readonly children?: readonly ReasonNode[];
};

const names = (codes: readonly AwardCode[]): string => codes.map((c) => awardNames(c).short).join(' hoặc ');

function evidenceName(ev: Evidence): string {
  if (ev.type === 'award') return names(ev.codes);
  if (ev.type === 'rating') {
    return ev.min === 'HTXSNV'
      ? 'Hoàn thành xuất sắc nhiệm vụ'
      : `${RATING_NAMES[ev.min].toLowerCase()} trở lên`;
  }
  const what =
    ev.types.length > 1
      ? ev.sameType
        ? 'sáng kiến (hoặc đề tài, không cộng lẫn)'
        : 'sáng kiến hoặc đề tài'
      : ev.types[0] === 'DE_TAI'
        ? 'đề tài'
        : 'sáng kiến';
  const how = ev.acceptedTopics ? 'được áp dụng (đề tài: đã nghiệm thu)' : 'được áp dụng';
  return `${what} phạm vi ${SCOPE_NAMES[ev.scope]} trở lên ${how}`;
}

const verb = (ev: Evidence): string => (ev.type === 'rating' ? 'được đánh giá' : 'đạt');

const leaf = (met: boolean, text: string, citation: string): ReasonNode => ({ met, text, citation });

export function explain(c: Criterion, ctx: EvalContext): ReasonNode {
  const y = ctx.year;
  switch (c.op) {
    case 'all': {
      const children = c.of.map((x) => explain(x, ctx));
      const met = children.every((r) => r.met);
      const text = met ? 'Đáp ứng đủ các điều kiện' : 'Chưa đáp ứng đủ các điều kiện';
      return { met, text, citation: children[0]?.citation ?? '', group: 'all', children };
    }
    case 'any': {
      const children = c.of.map((x) => explain(x, ctx));
      const met = children.some((r) => r.met);
      const text = met
        ? 'Đáp ứng một trong các điều kiện'
        : 'Chưa đáp ứng điều kiện nào trong các trường hợp';
      return { met, text, citation: children[0]?.citation ?? '', group: 'any', children };
    }
    case 'not':
      return leaf(!isMet(c.of, ctx), c.text, c.citation);
    case 'subjectType': {
      const met = c.types.includes(ctx.h.subjectType);
      const text = `Xét tặng cho ${c.types.map((t) => SUBJECT_TYPE_NAMES[t]).join(', ')}`;
      return leaf(
        met,
        met ? text : `${text}, không xét cho ${SUBJECT_TYPE_NAMES[ctx.h.subjectType]}`,
        c.citation,
      );
    }
    case 'groupIn': {
      const met = isMet(c, ctx);
      const group = groupsName(c.groups);
      return leaf(met, met ? `Thuộc ${group}` : `Không thuộc ${group}`, c.citation);
    }
    case 'titleInYear': {
      if (hasAwardInYear(ctx, c.codes, y)) {
        const code = c.codes.find((k) => hasAwardInYear(ctx, [k], y)) as AwardCode;
        return leaf(true, `Đạt danh hiệu ${AWARD_NAMES[code].name} năm ${y}`, c.citation);
      }
      const same = c.orEligible ? sameReviewEligible(c.codes, ctx) : null;
      if (same)
        return leaf(true, `Đủ điều kiện ${AWARD_NAMES[same].name} năm ${y} (xét cùng đợt)`, c.citation);
      return leaf(false, `Chưa đạt danh hiệu ${names(c.codes)} năm ${y}`, c.citation);
    }
    case 'ratingAtLeast': {
      const rank = y < ctx.countFromYear ? undefined : ctx.h.ratingByYear.get(y);
      const want = c.min === 'HTXSNV' ? RATING_NAMES.HTXSNV : `${RATING_NAMES[c.min]} trở lên`;
      if (rank === undefined)
        return leaf(false, `Chưa có kết quả đánh giá năm ${y} (cần ${want})`, c.citation);
      const got = RATINGS[rank] ?? 'KHTNV';
      const met = isMet(c, ctx);
      const text = met
        ? `Năm ${y} được đánh giá ${RATING_NAMES[got]}`
        : `Năm ${y} chỉ được đánh giá ${RATING_NAMES[got]} (cần ${want})`;
      return leaf(met, text, c.citation);
    }
    case 'consecutiveYears': {
      const used = c.freshAfter ? lastAwardBefore(ctx, c.freshAfter) : Number.NEGATIVE_INFINITY;
      if (c.freshAfter && y - c.years + 1 <= used) {
        const text = `${capital(evidenceName(c.evidence))} đến năm ${used} đã được tính cho ${names(c.freshAfter)} năm ${used}; cần ${c.years} năm liên tục sau đó (${formatYears(used + 1, used + c.years)})`;
        return leaf(false, text, c.citation);
      }
      const missing = missingYears(ctx, c.evidence, c.years);
      const span = formatYears(y - c.years + 1, y);
      if (missing.length === 0) {
        return leaf(
          true,
          `${capital(verb(c.evidence))} ${evidenceName(c.evidence)} ${c.years} năm liên tục (${span})`,
          c.citation,
        );
      }
      const have = c.years - missing.length;
      const text = `Chỉ có ${have}/${c.years} năm liên tục ${verb(c.evidence)} ${evidenceName(c.evidence)} (thiếu năm ${missing.join(', ')})`;
      return leaf(false, text, c.citation);
    }
    case 'countInWindow': {
      const n = countInWindow(ctx, c.evidence, c.windowYears);
      const span = c.windowYears === 1 ? `năm ${y}` : `giai đoạn ${formatYears(y - c.windowYears + 1, y)}`;
      const unit = c.evidence.type === 'initiative' ? '' : c.evidence.type === 'rating' ? ' năm' : ' lần';
      const what = `${verb(c.evidence)} ${evidenceName(c.evidence)}`;
      if (c.evidence.type === 'initiative') {
        const name = evidenceName(c.evidence);
        const t =
          n >= c.min
            ? `Có ${n} ${name} trong ${span}`
            : n === 0
              ? `Không có ${name} trong ${span}${c.min > 1 ? ` (cần ${c.min})` : ''}`
              : `Chỉ có ${n}/${c.min} ${name} trong ${span}`;
        return leaf(n >= c.min, t, c.citation);
      }
      const t =
        n >= c.min
          ? `Có ${n}${unit} ${what} trong ${span} (cần ${c.min})`
          : `Chỉ có ${n}/${c.min}${unit} ${what} trong ${span}`;
      return leaf(n >= c.min, t, c.citation);
    }
    case 'priorAward':
      return explainPrior(c, ctx);
    case 'cycleAwards': {
      const run = cycleAwardYears(ctx, c.codes, c.cycleYears);
      const list = run.length > 0 ? ` (năm ${[...run].reverse().join(', ')})` : '';
      const text =
        run.length >= c.count
          ? `Có ${c.count} lần liên tục đạt ${names(c.codes)}, mỗi lần một chu kỳ ${c.cycleYears} năm${list}`
          : `Chỉ có ${run.length}/${c.count} lần liên tục đạt ${names(c.codes)} (mỗi lần một chu kỳ ${c.cycleYears} năm, không bỏ chu kỳ nào)${list}`;
      return leaf(run.length >= c.count, text, c.citation);
    }
    case 'recruitedAtLeastMonths': {
      const met = isRecruitedLongEnough(ctx, c.months);
      if (ctx.h.recruitedDay === null) {
        return leaf(true, `Không có ngày tuyển dụng; coi như đã công tác đủ ${c.months} tháng`, c.citation);
      }
      const since = formatDayVn(ctx.h.recruitedDay);
      const to = monthsCountedTo(ctx);
      const until =
        to < ctx.periodEnd
          ? `ngày quyết định ${formatDayVn(to)}`
          : ctx.h.period === 'SCHOOL_YEAR'
            ? `cuối năm học ${y - 1}–${y} (${formatDayVn(to)})`
            : `cuối năm ${y}`;
      const text = met
        ? `Tuyển dụng ngày ${since}, đã công tác đủ ${c.months} tháng đến ${until}`
        : `Tuyển dụng ngày ${since}, chưa đủ ${c.months} tháng công tác đến ${until}`;
      return leaf(met, text, c.citation);
    }
    case 'noDisciplineInYear': {
      const d = blockingDiscipline(ctx, c.minForm);
      if (d === null)
        return leaf(
          true,
          `Không bị kỷ luật từ ${DISCIPLINE_NAMES[c.minForm]} trở lên trong năm ${y}`,
          c.citation,
        );
      return leaf(false, `Bị kỷ luật ${DISCIPLINE_NAMES[d.what]} trong năm ${y}`, c.citation);
    }
    case 'memberShareAtLeast':
    case 'memberCountAtLeast':
    case 'memberCountAtMost':
      return explainMembers(c, ctx);
    case 'clusterLeader': {
      const met = isMet(c, ctx);
      const who = c.organizers
        .map((o) => (o === 'TW' ? 'Ban Thi đua - Khen thưởng Trung ương' : 'bộ, ban, ngành, tỉnh'))
        .join(' hoặc ');
      const text = met
        ? `Dẫn đầu cụm, khối thi đua do ${who} tổ chức năm ${y}`
        : `Không dẫn đầu cụm, khối thi đua do ${who} tổ chức năm ${y}`;
      return leaf(met, text, c.citation);
    }
    case 'attested':
      return leaf(true, c.text, c.citation);
    case 'judged':
      return ctx.h.confirmed.has(c.id)
        ? leaf(true, `Hội đồng đã xác nhận: ${c.text}`, c.citation)
        : leaf(false, `Cần Hội đồng xác nhận: ${c.text}`, c.citation);
  }
}

function groupsName(groups: readonly string[]): string {
  if (groups.length === 1 && groups[0] === 'LLVT') return 'lực lượng vũ trang';
  if (groups.every((g) => g !== 'CBCCVC' && g !== 'LLVT')) return 'công nhân, nông dân, người lao động';
  return groups.map((g) => GROUP_NAMES[g as SubjectGroup]).join(', ');
}

const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function explainPrior(c: Extract<Criterion, { op: 'priorAward' }>, ctx: EvalContext): ReasonNode {
  const years = priorAwardYears(ctx, c.codes, c.yearsBefore);
  const last = ctx.year - c.yearsBefore;
  const times = c.min > 1 ? `${c.min} lần ` : '';
  if (years.length >= c.min) {
    return leaf(true, `Đã được tặng ${times}${names(c.codes)} (năm ${years.join(', ')})`, c.citation);
  }
  const excluded = ctx.h.setAside
    .filter(
      (a) =>
        c.codes.includes(a.award) && a.year <= last && (a.revoked || ctx.ruleSet.params.onlyMeritFeedsChains),
    )
    .map(
      (a) =>
        `${awardNames(a.award, ctx.ruleSet.awards).short} năm ${a.year} ${a.revoked ? 'đã bị hủy bỏ' : KIND_NAMES[a.kind ?? 'CONG_TRANG']}`,
    );
  const note = excluded.length > 0 ? `; không tính ${excluded.join(', ')}` : '';
  const have = years.length > 0 ? ` (mới có ${years.length})` : '';
  return leaf(
    false,
    `Chưa được tặng ${times}${names(c.codes)} theo công trạng đến năm ${last}${have}${note}`,
    c.citation,
  );
}

const MEMBER_WHAT = {
  ldtt: 'đạt Lao động tiên tiến',
  completedDuties: 'hoàn thành nhiệm vụ',
  cstdcs: 'đạt Chiến sĩ thi đua cơ sở',
  disciplined: 'bị kỷ luật từ cảnh cáo trở lên',
} as const;

function explainMembers(
  c: Extract<Criterion, { op: 'memberShareAtLeast' | 'memberCountAtLeast' | 'memberCountAtMost' }>,
  ctx: EvalContext,
): ReasonNode {
  const m = ctx.h.members;
  if (!m) return leaf(false, `Chưa có số liệu thành viên của tập thể năm ${ctx.year}`, c.citation);
  const met = isMet(c, ctx);
  const v = memberValue(ctx, c.field);
  const what = MEMBER_WHAT[c.field];
  if (c.op === 'memberShareAtLeast') {
    const pct = m.total > 0 ? formatPercentVn((v * 100) / m.total) : '0';
    const need = `${c.strict ? 'trên' : 'tối thiểu'} ${c.pct}%`;
    const text = met
      ? `Có ${v}/${m.total} thành viên (${pct}%) ${what}, đạt mức ${need}`
      : `Chỉ có ${v}/${m.total} thành viên (${pct}%) ${what}, cần ${need}`;
    return leaf(met, text, c.citation);
  }
  if (c.op === 'memberCountAtLeast') {
    const text = met ? `Có ${v} thành viên ${what}` : `Có ${v} thành viên ${what}, cần ít nhất ${c.min}`;
    return leaf(met, text, c.citation);
  }
  const text = met
    ? `Có ${v} thành viên ${what} (tối đa ${c.max})`
    : `Có ${v} thành viên ${what}, vượt mức tối đa ${c.max}`;
  return leaf(met, text, c.citation);
}

/** The leaves a verdict shows: for a met `any`, only the alternatives that were met. */
export function flattenReasons(node: ReasonNode, into: Reason[] = []): Reason[] {
  if (!node.children) {
    into.push({ met: node.met, text: node.text, citation: node.citation });
    return into;
  }
  const onlyMet = node.group === 'any' && node.met;
  for (const child of node.children) if (!onlyMet || child.met) flattenReasons(child, into);
  return into;
}
