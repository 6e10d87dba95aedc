// Luật Thi đua, khen thưởng 06/2022/QH15 + Nghị định 98/2023/NĐ-CP, in force 01/01/2024 – 30/06/2025.

import {
  type Citations,
  CV_5007,
  LAW_2022,
  LAW_2022_AWARD_ARTICLES,
  ND_91,
  ND_98,
  ND_152,
  TT_01,
} from '../citations';
import { COMPLAINT_TIME_LIMITS_DEFAULT } from '../complaint-limits';
import type { ChainRoute, DeciderRole, RuleParams } from '../params';
import type { RuleSetDefinition } from '../rule-set';
import type { AwardCode } from '../types';

const route = (r: Partial<ChainRoute> & Pick<ChainRoute, 'years'>): ChainRoute => ({
  prior: null,
  minRating: null,
  htxsnvYears: 0,
  titles: null,
  initiatives: null,
  ...r,
});
export const chainRoute = route;

const UNIT_HEADS: readonly DeciderRole[] = [
  'THU_TRUONG_DON_VI',
  'THU_TRUONG_SO',
  'CHU_TICH_UBND_HUYEN',
  'GIAM_DOC_DOANH_NGHIEP',
];
const MINISTRY: readonly DeciderRole[] = ['BO_TRUONG', 'CHU_TICH_UBND_TINH'];

export const LAW_2022_DECIDERS: Readonly<Record<AwardCode, readonly DeciderRole[]>> = {
  // Đ80.3: the commune chair may decide LĐTT, Giấy khen and Gia đình văn hóa only.
  LDTT: [...UNIT_HEADS, 'CHU_TICH_UBND_XA'],
  CSTT: UNIT_HEADS,
  CSTDCS: UNIT_HEADS,
  TTLDTT: UNIT_HEADS,
  GIAY_KHEN: [...UNIT_HEADS, 'CHU_TICH_UBND_XA'],
  GD_VH: ['CHU_TICH_UBND_XA'],
  THON_VH: ['CHU_TICH_UBND_HUYEN'],
  XA_TIEU_BIEU: ['CHU_TICH_UBND_TINH'],
  CSTD_BO_TINH: MINISTRY,
  TTLDXS: MINISTRY,
  CO_BO_TINH: MINISTRY,
  BK_BO_TINH: MINISTRY,
  CSTDTQ: ['THU_TUONG'],
  CO_CP: ['THU_TUONG'],
  BK_TTG: ['THU_TUONG'],
  HCLD3: ['CHU_TICH_NUOC'],
  HCLD2: ['CHU_TICH_NUOC'],
  HCLD1: ['CHU_TICH_NUOC'],
};

const TITLE_MONEY = `${ND_98}, Điều 54`;
const ORDER_MONEY = `${ND_98}, Điều 55`;

export const ND98_CITATIONS: Citations = {
  award: LAW_2022_AWARD_ARTICLES,
  money: {
    LDTT: TITLE_MONEY,
    CSTT: TITLE_MONEY,
    CSTDCS: TITLE_MONEY,
    CSTD_BO_TINH: TITLE_MONEY,
    CSTDTQ: TITLE_MONEY,
    TTLDTT: TITLE_MONEY,
    TTLDXS: TITLE_MONEY,
    CO_BO_TINH: TITLE_MONEY,
    CO_CP: TITLE_MONEY,
    XA_TIEU_BIEU: TITLE_MONEY,
    THON_VH: TITLE_MONEY,
    GD_VH: TITLE_MONEY,
    GIAY_KHEN: `${ND_98}, Điều 56 (hệ số mặc định, chưa xác minh)`,
    BK_BO_TINH: `${ND_98}, Điều 56 (hệ số mặc định, chưa xác minh)`,
    BK_TTG: `${ND_98}, Điều 56 (hệ số mặc định, chưa xác minh)`,
    HCLD3: ORDER_MONEY,
    HCLD2: ORDER_MONEY,
    HCLD1: ORDER_MONEY,
  },
  recruitment: `${LAW_2022}, Điều 24; ${TT_01}`,
  ldttWorkers: `${LAW_2022}, Điều 24, khoản 3, 4`,
  household: {
    GIAY_KHEN: `${LAW_2022}, Điều 75 (hộ gia đình)`,
    BK_BO_TINH: `${LAW_2022}, Điều 74 (hộ gia đình)`,
  },
  ldttDiscipline: `${LAW_2022}, Điều 24`,
  discipline: `${LAW_2022}, Điều 5; ${ND_98}`,
  hold: `${LAW_2022}, Điều 5; ${ND_98}`,
  chainKinds: `${LAW_2022}, Điều 8`,
  kinds: `${LAW_2022}, Điều 8`,
  authority: `${LAW_2022}, Điều 80`,
  // Not ND 91 for a 2024 decision: the threshold is the province's council regulation (a tenant parameter);
  // the only confirmed legal minimum is the central council's quorum.
  council: `Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh, Điều về biểu quyết (tham số của tỉnh, mặc định 90% tổng số thành viên); mức tối thiểu đã xác nhận: ${ND_98}, Điều 47 (Hội đồng Trung ương họp khi có ít nhất 2/3 thành viên)`,
  publicComment: `Quy chế của tỉnh, Điều về lấy ý kiến công khai (tham số của tỉnh; trước đây ${ND_91}, Điều 45, khoản 10)`,
  dossierTitle: `${LAW_2022}, Điều 84, khoản 1`,
  dossierCommendation: `${LAW_2022}, Điều 84, khoản 2`,
  simplified: `${LAW_2022}, Điều 85`,
  oneAchievement: `${LAW_2022}, Điều 5`,
  revocation: `${LAW_2022}, Điều 93, khoản 2`,
  quotaCoCp: `${CV_5007}; ${LAW_2022}, Điều 25`,
  moneyPrinciples: `Nguyên tắc như ${ND_152}, Điều 49 (điều tương ứng của ${ND_98} chưa xác minh)`,
  womenPriority: `Nguyên tắc như ${ND_152}, Điều 4, khoản 6 (điều tương ứng của ${ND_98} chưa xác minh)`,
};

const BK_BO_TINH_LAW_2022 = {
  // Đ74.1.d: 2 consecutive CSTĐCS, or 2 consecutive HTXSNV years with 2 applied initiatives or topics.
  individual: [
    route({ years: 2, titles: { codes: ['CSTDCS'], count: 2, consecutive: true } }),
    route({ years: 2, minRating: 'HTXSNV', initiatives: { count: 2, scope: 'CO_SO' } }),
  ],
  collective: [route({ years: 2, minRating: 'HTXSNV' })],
};

export const ND98_DEFAULTS: RuleParams = {
  onlyMeritFeedsChains: true,
  holdsBlock: true,
  achievementsCountAfterDiscipline: true,
  // A discipline running in a year blocks that year's yearly title (ND 152, Điều 4.4 reading; ND 90/2020 puts a
  // disciplined civil servant at "không hoàn thành nhiệm vụ") [S]: count from the next full period.
  disciplineRestart: 'NEXT_FULL_YEAR',
  ldttMinMonths: 6,
  ldttBlockingDiscipline: null,
  cstdcsPath: 'HTXSNV_OR_INITIATIVE',
  sameReviewTitles: true,
  cstdBoTinh: { consecutiveCstdcs: 3, initiativeWindowYears: 3, freshCstdcs: true },
  cstdtq: { consecutiveCstdBoTinh: 2, cycleYears: 3, initiativeWindowYears: 6 },
  acceptedTopicsForCstdcs: true,
  initiativeMixing: 'NOT_MIXED',
  judgedMeritRoutes: true,
  householdMinRating: null,
  xaTieuBieuLeading: 'ATTESTED',
  names: {},
  transitionReceivedBefore: '2024-01-01',
  moneyPrinciples: { sameYearTitles: 'HIGHEST_ONLY', earlierPaidLowerTitle: 'PAY_DIFFERENCE' },
  womenPriorityCollectivePct: 70,
  femaleLeaderServiceFactor: 2 / 3,
  chains: {
    BK_BO_TINH: BK_BO_TINH_LAW_2022,
    BK_TTG: {
      // Đ73.1.b: BK bộ/tỉnh, then ≥5 consecutive years ≥ HTTNV with 3 (not necessarily consecutive) CSTĐCS.
      individual: [
        route({
          prior: { codes: ['BK_BO_TINH'], min: 1, yearsBefore: 5 },
          years: 5,
          minRating: 'HTTNV',
          titles: { codes: ['CSTDCS'], count: 3, consecutive: false },
        }),
      ],
      collective: [
        route({
          prior: { codes: ['BK_BO_TINH'], min: 1, yearsBefore: 5 },
          years: 5,
          minRating: 'HTTNV',
          titles: { codes: ['TTLDXS'], count: 3, consecutive: false },
        }),
      ],
    },
    HCLD3: {
      // Đ44.1.e [S]: BK TTg, then 5 consecutive years ≥ HTTNV, ≥1 year HTXSNV [U], 3 CSTĐCS.
      individual: [
        route({
          prior: { codes: ['BK_TTG'], min: 1, yearsBefore: 5 },
          years: 5,
          minRating: 'HTTNV',
          htxsnvYears: 1,
          titles: { codes: ['CSTDCS'], count: 3, consecutive: false },
        }),
      ],
      collective: [
        route({
          prior: { codes: ['BK_TTG', 'CO_BO_TINH'], min: 1, yearsBefore: 0 },
          years: 5,
          titles: { codes: ['TTLDXS'], count: 5, consecutive: true },
        }),
      ],
    },
    HCLD2: {
      individual: [
        route({
          prior: { codes: ['HCLD3'], min: 1, yearsBefore: 5 },
          years: 5,
          minRating: 'HTTNV',
          htxsnvYears: 2,
          titles: { codes: ['CSTDCS'], count: 3, consecutive: false },
        }),
      ],
      collective: [
        route({
          prior: { codes: ['HCLD3'], min: 1, yearsBefore: 5 },
          years: 5,
          titles: { codes: ['TTLDXS'], count: 5, consecutive: true },
        }),
      ],
    },
    HCLD1: {
      individual: [
        route({
          prior: { codes: ['HCLD2'], min: 1, yearsBefore: 5 },
          years: 5,
          minRating: 'HTTNV',
          htxsnvYears: 3,
          titles: { codes: ['CSTDCS'], count: 3, consecutive: false },
        }),
      ],
      collective: [
        route({
          prior: { codes: ['HCLD2'], min: 1, yearsBefore: 5 },
          years: 5,
          titles: { codes: ['TTLDXS'], count: 5, consecutive: true },
        }),
      ],
    },
  },
  // Law 2022, Điều 28.1.c: at least 70% LĐTT and no member disciplined with cảnh cáo or worse [S].
  ttldtt: { minRating: 'HTTNV', ldttPct: 70, ldttStrict: false, maxDisciplinedMembers: 0 },
  ttldxs: {
    minRating: 'HTXSNV',
    ldttPct: 70,
    completedPct: 100,
    minCstdcsMembers: 1,
    maxDisciplinedMembers: null,
  },
  delegatedMinRating: {
    GIAY_KHEN: 'HTTNV',
    THON_VH: 'HTTNV',
    XA_TIEU_BIEU: 'HTXSNV',
    CO_BO_TINH: 'HTXSNV',
    CO_CP: 'HTXSNV',
  },
  coefficients: {
    LDTT: 0.3,
    CSTT: 0.3,
    CSTDCS: 1.0,
    CSTD_BO_TINH: 3.0,
    CSTDTQ: 4.5,
    TTLDTT: 0.8,
    TTLDXS: 1.5,
    CO_BO_TINH: 8.0,
    CO_CP: 12.0,
    XA_TIEU_BIEU: 2.0,
    THON_VH: 1.5,
    GD_VH: null,
    GIAY_KHEN: 0.3,
    BK_BO_TINH: 1.0,
    BK_TTG: 3.5,
    HCLD3: 4.5,
    HCLD2: 7.5,
    HCLD1: 9.0,
  },
  collectiveMultiplierAwards: ['GIAY_KHEN', 'BK_BO_TINH', 'BK_TTG', 'HCLD3', 'HCLD2', 'HCLD1'],
  collectiveMultiplier: 2,
  // [U] ND 98's household amount was not read; ND 152, Điều 54 sets 1.5 ×.
  householdMultiplierAwards: [],
  householdMultiplier: 1,
  quotas: [
    {
      id: 'CO_CP_20_PCT_CLUSTER_LEADERS',
      award: 'CO_CP',
      basis: 'CLUSTER_LEADERS',
      pct: 20,
      rounding: 'FLOOR',
      citation: ND98_CITATIONS.quotaCoCp,
    },
  ],
  councilVotes: {
    CSTD_BO_TINH: { thresholdPct: 90, denominator: 'ALL_MEMBERS' },
    CSTDTQ: { thresholdPct: 90, denominator: 'ALL_MEMBERS' },
    CO_CP: { thresholdPct: 90, denominator: 'ALL_MEMBERS' },
  },
  councilMinMembers: 5,
  publicComment: ['CSTDTQ', 'HCLD3', 'HCLD2', 'HCLD1'],
  deciders: LAW_2022_DECIDERS,
  stateAwardPayer: 'PROPOSING_LEVEL',
  extraDossier: {
    CSTDTQ: ['Biên bản và kết quả bỏ phiếu kín của Hội đồng thi đua, khen thưởng bộ, tỉnh'],
    CO_CP: [
      'Biên bản và kết quả bỏ phiếu kín của Hội đồng thi đua, khen thưởng bộ, tỉnh',
      'Biên bản ghi rõ cụm, khối thi đua mà đơn vị dẫn đầu',
    ],
    CSTD_BO_TINH: ['Bản sao quyết định công nhận các danh hiệu Chiến sĩ thi đua cơ sở'],
    BK_BO_TINH: ['Bản sao quyết định khen thưởng, danh hiệu đã đạt'],
  },
  criteriaOverrides: {},
  // Not an emulation law's own rule: the Laws on Complaints (2011) and Denunciations (2018) apply to
  // every rule set; kept here so that a province overrides them like any other parameter.
  complaintTimeLimits: COMPLAINT_TIME_LIMITS_DEFAULT,
};

export const ND98: RuleSetDefinition = {
  id: 'LTDKT-2022+ND-98-2023',
  name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 98/2023/NĐ-CP',
  effectiveFrom: '2024-01-01',
  effectiveTo: '2025-06-30',
  sources: [`${LAW_2022} (Luật số 06/2022/QH15)`, ND_98, TT_01],
  citations: ND98_CITATIONS,
  defaults: ND98_DEFAULTS,
};
