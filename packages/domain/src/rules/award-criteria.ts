// Criteria of each award, built from a rule set's parameters and citations.
import type { Citations } from './citations';
import {
  all,
  any,
  attested,
  awards,
  type Criterion,
  clusterLeader,
  consecutiveYears,
  countInWindow,
  groupIn,
  initiativeAtScope,
  initiatives,
  memberCountAtLeast,
  memberCountAtMost,
  memberShareAtLeast,
  noDisciplineInYear,
  priorAward,
  ratingAtLeast,
  ratings,
  recruitedAtLeastMonths,
  titleInYear,
} from './criteria';
import type { ChainRoute, RuleParams } from './params';
import type { AwardCode, InitiativeType, SubjectType } from './types';

export type CriteriaBySubject = Readonly<Partial<Record<SubjectType, Criterion>>>;

const BOTH: readonly InitiativeType[] = ['SANG_KIEN', 'DE_TAI'];

function chainRoute(route: ChainRoute, citation: string): Criterion {
  const parts: Criterion[] = [];
  if (route.prior)
    parts.push(priorAward(route.prior.codes, route.prior.yearsBefore, citation, route.prior.min));
  if (route.minRating) parts.push(consecutiveYears(ratings(route.minRating), route.years, citation));
  if (route.htxsnvYears > 0 && route.minRating !== 'HTXSNV') {
    parts.push(countInWindow(ratings('HTXSNV'), route.htxsnvYears, route.years, citation));
  }
  const t = route.titles;
  if (t) {
    const ev = awards(...t.codes);
    parts.push(
      t.consecutive
        ? consecutiveYears(ev, t.count, citation)
        : countInWindow(ev, t.count, route.years, citation),
    );
  }
  const i = route.initiatives;
  if (i) parts.push(countInWindow(initiatives(i.scope, BOTH), i.count, route.years, citation));
  return parts.length === 1 && parts[0] ? parts[0] : all(...parts);
}

function routes(list: readonly ChainRoute[], citation: string): Criterion | undefined {
  if (list.length === 0) return undefined;
  const built = list.map((r) => chainRoute(r, citation));
  return built.length === 1 ? built[0] : any(...built);
}

function ldtt(p: RuleParams, c: Citations, code: 'LDTT' | 'CSTT'): Criterion {
  const parts: Criterion[] = [recruitedAtLeastMonths(p.ldttMinMonths, c.recruitment)];
  if (code === 'CSTT') parts.push(groupIn(['LLVT'], c.award.CSTT));
  parts.push(ratingAtLeast('HTTNV', c.award[code]));
  if (p.ldttBlockingDiscipline) parts.push(noDisciplineInYear(p.ldttBlockingDiscipline, c.ldttDiscipline));
  parts.push(
    attested(
      'Tự lực, đoàn kết, tích cực tham gia phong trào thi đua (Hội đồng xác nhận khi bình xét)',
      c.award[code],
    ),
  );
  return all(...parts);
}

function cstdcs(p: RuleParams, c: Citations): Criterion {
  const cite = c.award.CSTDCS;
  const title = titleInYear(['LDTT', 'CSTT'], cite, p.sameReviewTitles);
  const excellent = ratingAtLeast('HTXSNV', cite);
  const initiative = initiativeAtScope('CO_SO', BOTH, 1, cite);
  switch (p.cstdcsPath) {
    case 'INITIATIVE_REQUIRED':
      return all(title, initiative);
    case 'HTXSNV_AND_INITIATIVE':
      return all(title, excellent, initiative);
    default:
      return all(title, any(excellent, initiative));
  }
}

function collectiveTitles(p: RuleParams, c: Citations): { TTLDTT: Criterion; TTLDXS: Criterion } {
  const tt = p.ttldtt;
  const ttParts: Criterion[] = [
    ratingAtLeast(tt.minRating, c.award.TTLDTT),
    memberShareAtLeast('ldtt', tt.ldttPct, c.award.TTLDTT, tt.ldttStrict),
  ];
  if (tt.maxDisciplinedMembers !== null) {
    ttParts.push(memberCountAtMost('disciplined', tt.maxDisciplinedMembers, c.award.TTLDTT));
  }
  const xs = p.ttldxs;
  const xsParts: Criterion[] = [
    ratingAtLeast(xs.minRating, c.award.TTLDXS),
    memberShareAtLeast('completedDuties', xs.completedPct, c.award.TTLDXS),
    memberShareAtLeast('ldtt', xs.ldttPct, c.award.TTLDXS),
    memberCountAtLeast('cstdcs', xs.minCstdcsMembers, c.award.TTLDXS),
  ];
  if (xs.maxDisciplinedMembers !== null) {
    xsParts.push(memberCountAtMost('disciplined', xs.maxDisciplinedMembers, c.award.TTLDXS));
  }
  return { TTLDTT: all(...ttParts), TTLDXS: all(...xsParts) };
}

export function buildAwardCriteria(
  p: RuleParams,
  c: Citations,
): Readonly<Record<AwardCode, CriteriaBySubject>> {
  const d = p.delegatedMinRating;
  const a = c.award;
  const chain = (code: 'BK_BO_TINH' | 'BK_TTG' | 'HCLD3' | 'HCLD2' | 'HCLD1'): CriteriaBySubject => ({
    individual: routes(p.chains[code].individual, a[code]),
    collective: routes(p.chains[code].collective, a[code]),
  });
  const { TTLDTT, TTLDXS } = collectiveTitles(p, c);
  const built: Record<AwardCode, CriteriaBySubject> = {
    LDTT: { individual: ldtt(p, c, 'LDTT') },
    CSTT: { individual: ldtt(p, c, 'CSTT') },
    CSTDCS: { individual: cstdcs(p, c) },
    CSTD_BO_TINH: {
      individual: all(
        consecutiveYears(awards('CSTDCS'), p.cstdBoTinh.consecutiveCstdcs, a.CSTD_BO_TINH),
        initiativeAtScope('BO_TINH', BOTH, p.cstdBoTinh.initiativeWindowYears, a.CSTD_BO_TINH),
      ),
    },
    CSTDTQ: {
      individual: all(
        consecutiveYears(awards('CSTD_BO_TINH'), p.cstdtq.consecutiveCstdBoTinh, a.CSTDTQ),
        initiativeAtScope('TOAN_QUOC', BOTH, p.cstdtq.initiativeWindowYears, a.CSTDTQ),
      ),
    },
    TTLDTT: { collective: TTLDTT },
    TTLDXS: { collective: TTLDXS },
    CO_BO_TINH: {
      collective: all(
        clusterLeader(['BO_TINH'], a.CO_BO_TINH),
        ratingAtLeast(d.CO_BO_TINH, a.CO_BO_TINH),
        attested('Có nhân tố mới, mô hình mới để các đơn vị khác học tập (Hội đồng xác nhận)', a.CO_BO_TINH),
      ),
    },
    CO_CP: {
      collective: any(
        all(clusterLeader(['BO_TINH'], `${a.CO_CP}, khoản 1`), ratingAtLeast(d.CO_CP, `${a.CO_CP}, khoản 1`)),
        clusterLeader(['TW'], `${a.CO_CP}, khoản 2`),
      ),
    },
    XA_TIEU_BIEU: {
      collective: all(
        ratingAtLeast(d.XA_TIEU_BIEU, a.XA_TIEU_BIEU),
        attested(
          'Dẫn đầu phong trào thi đua; kinh tế ổn định, đời sống văn hóa lành mạnh (Hội đồng xác nhận)',
          a.XA_TIEU_BIEU,
        ),
      ),
    },
    THON_VH: {
      collective: all(
        ratingAtLeast(d.THON_VH, a.THON_VH),
        attested(
          'Kinh tế ổn định, đời sống văn hóa lành mạnh, môi trường an toàn (Hội đồng xác nhận)',
          a.THON_VH,
        ),
      ),
    },
    GD_VH: {
      household: all(
        ratingAtLeast(d.GD_VH, a.GD_VH),
        attested('Đạt tiêu chí gia đình văn hóa theo quy định của tỉnh (thôn, tổ dân phố xác nhận)', a.GD_VH),
      ),
    },
    GIAY_KHEN: {
      individual: ratingAtLeast(d.GIAY_KHEN, a.GIAY_KHEN),
      collective: ratingAtLeast(d.GIAY_KHEN, a.GIAY_KHEN),
      household: ratingAtLeast(d.GIAY_KHEN, a.GIAY_KHEN),
    },
    BK_BO_TINH: chain('BK_BO_TINH'),
    BK_TTG: chain('BK_TTG'),
    HCLD3: chain('HCLD3'),
    HCLD2: chain('HCLD2'),
    HCLD1: chain('HCLD1'),
  };
  for (const [code, criterion] of Object.entries(p.criteriaOverrides) as [AwardCode, Criterion][]) {
    const current = built[code];
    built[code] = Object.fromEntries(Object.keys(current).map((t) => [t, criterion])) as CriteriaBySubject;
  }
  return built;
}
