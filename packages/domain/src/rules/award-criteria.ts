// Criteria of each award, built from a rule set's parameters and citations.
import { type Citations, LAW_2022 } from './citations';
import {
  all,
  any,
  attested,
  awards,
  type Criterion,
  clusterLeader,
  consecutiveYears,
  countInWindow,
  cycleAwards,
  groupIn,
  initiativeAtScope,
  initiatives,
  judged,
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
import type { ChainAward, ChainRoute, RuleParams } from './params';
import { type AwardCode, type InitiativeType, type SubjectType, WORKER_GROUPS } from './types';

export type CriteriaBySubject = Readonly<Partial<Record<SubjectType, Criterion>>>;

const BOTH: readonly InitiativeType[] = ['SANG_KIEN', 'DE_TAI'];

function chainRoute(route: ChainRoute, citation: string, sameType: boolean): Criterion {
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
  if (i) parts.push(countInWindow(initiatives(i.scope, BOTH, { sameType }), i.count, route.years, citation));
  return parts.length === 1 && parts[0] ? parts[0] : all(...parts);
}

function routes(
  list: readonly ChainRoute[],
  citation: string,
  sameType: boolean,
  judgedRoutes: readonly Criterion[] = [],
): Criterion | undefined {
  const built = [...list.map((r) => chainRoute(r, citation, sameType)), ...judgedRoutes];
  if (built.length === 0) return undefined;
  return built.length === 1 ? built[0] : any(...built);
}

const L22 = (article: string): string => `${LAW_2022}, ${article}`;

/**
 * Routes to Bằng khen other than the chain, kind công trạng: judged by the council (ND 152, Điều 4.1: a higher
 * form does not need the lower one first). Ids are what a council's confirmation records.
 */
function judgedBkRoutes(code: 'BK_BO_TINH' | 'BK_TTG', subject: 'individual' | 'collective'): Criterion[] {
  if (code === 'BK_BO_TINH') {
    const who = subject === 'individual' ? 'khoản 1' : 'khoản 2';
    const out: Criterion[] = [
      judged(
        `LTDKT2022_D74_${subject === 'individual' ? 1 : 2}_A`,
        'Có thành tích xuất sắc được bình xét trong phong trào thi đua do bộ, ban, ngành, tỉnh phát động',
        L22(`Điều 74, ${who}, điểm a`),
      ),
      judged(
        `LTDKT2022_D74_${subject === 'individual' ? 1 : 2}_B`,
        'Lập được nhiều thành tích, hoặc thành tích có phạm vi ảnh hưởng trong lĩnh vực thuộc bộ, ban, ngành, tỉnh',
        L22(`Điều 74, ${who}, điểm b`),
      ),
      judged(
        `LTDKT2022_D74_${subject === 'individual' ? 1 : 2}_C`,
        'Có đóng góp vào sự phát triển kinh tế - xã hội của địa phương, bộ, ngành',
        L22(`Điều 74, ${who}, điểm c`),
      ),
    ];
    if (subject === 'individual') {
      // Workers and farmers: achievements with influence at commune level (Bắc Ninh QĐ 86/2025 copies it [S]).
      out.push(
        all(
          groupIn(WORKER_GROUPS, L22('Điều 74, khoản 1'), true),
          judged(
            'LTDKT2022_D74_1_CN_ND',
            'Công nhân, nông dân, người lao động có nhiều thành tích trong lao động, sản xuất, có phạm vi ảnh hưởng ở cấp xã',
            L22('Điều 74, khoản 1'),
          ),
        ),
      );
    }
    return out;
  }
  if (subject === 'individual') {
    return [
      judged(
        'LTDKT2022_D73_1_A',
        'Có thành tích xuất sắc tiêu biểu được bình xét trong phong trào thi đua do Thủ tướng hoặc bộ, tỉnh phát động',
        L22('Điều 73, khoản 1, điểm a'),
      ),
      judged(
        'LTDKT2022_D73_1_C',
        'Lập được nhiều thành tích có phạm vi ảnh hưởng trong bộ, ngành, tỉnh hoặc toàn quốc',
        L22('Điều 73, khoản 1, điểm c'),
      ),
    ];
  }
  return [
    judged(
      'LTDKT2022_D73_2',
      'Tập thể có thành tích xuất sắc tiêu biểu, có phạm vi ảnh hưởng trong bộ, ngành, tỉnh',
      L22('Điều 73, khoản 2'),
    ),
  ];
}

function ldtt(p: RuleParams, c: Citations, code: 'LDTT' | 'CSTT'): Criterion {
  const parts: Criterion[] = [recruitedAtLeastMonths(p.ldttMinMonths, c.recruitment)];
  if (code === 'CSTT') {
    parts.push(groupIn(['LLVT'], c.award.CSTT));
    parts.push(ratingAtLeast('HTTNV', c.award[code]));
  } else {
    // The subject group picks the standard: a rating for cadres and civil servants; effective work and
    // production for workers, farmers and labourers, who have no civil-service rating (Law 2022, Điều 24.3).
    parts.push(
      any(
        all(groupIn(['CBCCVC', 'LLVT'], c.award.LDTT), ratingAtLeast('HTTNV', c.award.LDTT)),
        all(
          groupIn(WORKER_GROUPS, c.ldttWorkers, true),
          attested(
            'Lao động, sản xuất có hiệu quả; tích cực tham gia phong trào thi đua; gương mẫu chấp hành chủ trương, chính sách, pháp luật (Hội đồng xác nhận khi bình xét)',
            c.ldttWorkers,
          ),
        ),
      ),
    );
  }
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
  const initiative = initiativeAtScope('CO_SO', BOTH, 1, cite, 1, {
    acceptedTopics: p.acceptedTopicsForCstdcs,
  });
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
  const sameType = p.initiativeMixing === 'NOT_MIXED';
  const judgedFor = (code: ChainAward, subject: 'individual' | 'collective'): Criterion[] =>
    p.judgedMeritRoutes && (code === 'BK_BO_TINH' || code === 'BK_TTG') ? judgedBkRoutes(code, subject) : [];
  const chain = (code: ChainAward): CriteriaBySubject => ({
    individual: routes(p.chains[code].individual, a[code], sameType, judgedFor(code, 'individual')),
    collective: routes(p.chains[code].collective, a[code], sameType, judgedFor(code, 'collective')),
  });
  const householdRating = (cite: string): Criterion[] =>
    p.householdMinRating ? [ratingAtLeast(p.householdMinRating, cite)] : [];
  const xaLeading =
    p.xaTieuBieuLeading === 'COMMUNE_CLUSTER'
      ? [clusterLeader(['BO_TINH'], `${a.XA_TIEU_BIEU} (dẫn đầu cụm thi đua các xã do tỉnh tổ chức)`)]
      : [];
  const { TTLDTT, TTLDXS } = collectiveTitles(p, c);
  const built: Record<AwardCode, CriteriaBySubject> = {
    LDTT: { individual: ldtt(p, c, 'LDTT') },
    CSTT: { individual: ldtt(p, c, 'CSTT') },
    CSTDCS: { individual: cstdcs(p, c) },
    CSTD_BO_TINH: {
      individual: all(
        consecutiveYears(
          awards('CSTDCS'),
          p.cstdBoTinh.consecutiveCstdcs,
          a.CSTD_BO_TINH,
          p.cstdBoTinh.freshCstdcs ? ['CSTD_BO_TINH'] : undefined,
        ),
        initiativeAtScope('BO_TINH', BOTH, p.cstdBoTinh.initiativeWindowYears, a.CSTD_BO_TINH),
      ),
    },
    CSTDTQ: {
      individual: all(
        cycleAwards(['CSTD_BO_TINH'], p.cstdtq.consecutiveCstdBoTinh, p.cstdtq.cycleYears, a.CSTDTQ),
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
        ...xaLeading,
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
      // No yearly rating exists for a household; the province's own criteria (ND 86/2023) come as an override.
      household: all(
        ...householdRating(a.GD_VH),
        attested('Đạt tiêu chí gia đình văn hóa theo quy định của tỉnh (thôn, tổ dân phố xác nhận)', a.GD_VH),
      ),
    },
    GIAY_KHEN: {
      individual: ratingAtLeast(d.GIAY_KHEN, a.GIAY_KHEN),
      collective: ratingAtLeast(d.GIAY_KHEN, a.GIAY_KHEN),
      household: all(
        ...householdRating(a.GIAY_KHEN),
        attested(
          'Gương mẫu chấp hành chủ trương, chính sách, pháp luật; có thành tích, đóng góp được ghi nhận (Hội đồng xác nhận)',
          c.household.GIAY_KHEN,
        ),
      ),
    },
    BK_BO_TINH: {
      ...chain('BK_BO_TINH'),
      household: judged(
        'LTDKT2022_D74_HO_GIA_DINH',
        'Hộ gia đình có đóng góp lớn về công sức, đất đai, tài sản cho địa phương, xã hội',
        c.household.BK_BO_TINH,
      ),
    },
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
