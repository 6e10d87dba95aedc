// Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) + Nghị định 91/2017/NĐ-CP, to 31/12/2023.
// Written as the differences from the Law 2022 defaults.
import { type Citations, CV_5007, LAW_2013, ND_91, ND_152 } from '../citations';
import type { RuleParams } from '../params';
import type { RuleSetDefinition } from '../rule-set';
import type { AwardCode } from '../types';
import { ND98_CITATIONS, ND98_DEFAULTS, chainRoute as route } from './nd98';

const law = (article: string): string => `${LAW_2013}, ${article}`;
const TITLE_MONEY = `${ND_91}, Điều 70`;

export const ND91_CITATIONS: Citations = {
  award: {
    LDTT: `${law('Điều 24')}; ${ND_91}, Điều 9`,
    CSTT: `${law('Điều 24')}; ${ND_91}, Điều 9`,
    CSTDCS: `${law('Điều 23')}; ${ND_91}, Điều 9, khoản 3`,
    CSTD_BO_TINH: law('Điều 22'),
    CSTDTQ: law('Điều 21'),
    TTLDTT: law('Điều 28'),
    TTLDXS: law('Điều 27'),
    CO_BO_TINH: `${law('Điều 26')}; ${ND_91}, Điều 12`,
    CO_CP: law('Điều 25'),
    XA_TIEU_BIEU: law('Điều 30 (chưa có danh hiệu riêng, áp dụng mặc định)'),
    THON_VH: law('Điều 30'),
    GD_VH: law('Điều 29'),
    GIAY_KHEN: law('Điều 75'),
    BK_BO_TINH: `${law('Điều 72')}; ${ND_91}, Điều 39`,
    BK_TTG: `${law('Điều 71')}; ${ND_91}, Điều 38`,
    HCLD3: law('Điều 46'),
    HCLD2: law('Điều 45'),
    HCLD1: law('Điều 44'),
  },
  money: Object.fromEntries(Object.keys(ND98_CITATIONS.money).map((c) => [c, TITLE_MONEY])) as Record<
    AwardCode,
    string
  >,
  recruitment: `${law('Điều 24')}; ${ND_91}, Điều 9`,
  ldttWorkers: law('Điều 24, khoản 2'),
  household: { GIAY_KHEN: law('Điều 76 (hộ gia đình)'), BK_BO_TINH: law('Điều 72 (hộ gia đình)') },
  ldttDiscipline: `${ND_91}, Điều 9`,
  discipline: law('Điều 6'),
  hold: law('Điều 6'),
  chainKinds: law('Điều 6'),
  kinds: law('Điều 6'),
  authority: law('Điều 80'),
  council: `${ND_91}, Điều 45, khoản 8`,
  publicComment: `${ND_91}, Điều 45, khoản 10`,
  dossierTitle: law('Điều 84'),
  dossierCommendation: law('Điều 84'),
  simplified: `${law('Điều 85')}; ${ND_91}, Điều 55`,
  oneAchievement: law('Điều 6'),
  revocation: law('Điều 93'),
  quotaCoCp: `${CV_5007}; ${law('Điều 25')}`,
  moneyPrinciples: `Nguyên tắc như ${ND_152}, Điều 49 (điều tương ứng của ${ND_91} chưa xác minh)`,
  womenPriority: `Nguyên tắc như ${ND_152}, Điều 4, khoản 6 (điều tương ứng của ${ND_91} chưa xác minh)`,
};

export const ND91_DEFAULTS: RuleParams = {
  ...ND98_DEFAULTS,
  // [U] the "only CONG_TRANG feeds chains" principle is ND 152's; not applied to the old regime by default.
  onlyMeritFeedsChains: false,
  ldttMinMonths: 10,
  ldttBlockingDiscipline: 'KHIEN_TRACH',
  cstdcsPath: 'INITIATIVE_REQUIRED',
  disciplineRestart: 'SAME_YEAR',
  // Old-law Đ28: more than 50% LĐTT, no member cảnh cáo or worse.
  ttldtt: { minRating: 'HTTNV', ldttPct: 50, ldttStrict: true, maxDisciplinedMembers: 0 },
  acceptedTopicsForCstdcs: false,
  initiativeMixing: 'MIXED',
  judgedMeritRoutes: false,
  transitionReceivedBefore: null,
  chains: {
    ...ND98_DEFAULTS.chains,
    BK_BO_TINH: {
      individual: [route({ years: 2, minRating: 'HTXSNV', initiatives: { count: 2, scope: 'CO_SO' } })],
      collective: ND98_DEFAULTS.chains.BK_BO_TINH.collective,
    },
    BK_TTG: {
      individual: [
        route({
          prior: { codes: ['BK_BO_TINH'], min: 1, yearsBefore: 5 },
          years: 5,
          minRating: 'HTXSNV',
          initiatives: { count: 5, scope: 'CO_SO' },
        }),
      ],
      collective: ND98_DEFAULTS.chains.BK_TTG.collective,
    },
    HCLD3: {
      // Old law: 7 consecutive CSTĐCS and 2 BK bộ or 1 BK TTg.
      individual: [
        route({
          prior: { codes: ['BK_TTG'], min: 1, yearsBefore: 0 },
          years: 7,
          titles: { codes: ['CSTDCS'], count: 7, consecutive: true },
        }),
        route({
          prior: { codes: ['BK_BO_TINH'], min: 2, yearsBefore: 0 },
          years: 7,
          titles: { codes: ['CSTDCS'], count: 7, consecutive: true },
        }),
      ],
      collective: ND98_DEFAULTS.chains.HCLD3.collective,
    },
  },
  // Old-law Đ27: selected from TTLĐTT, no member disciplined with cảnh cáo or worse.
  ttldxs: { ...ND98_DEFAULTS.ttldxs, maxDisciplinedMembers: 0 },
  coefficients: { ...ND98_DEFAULTS.coefficients, XA_TIEU_BIEU: null },
  quotas: [
    {
      id: 'CSTDCS_15_PCT_LDTT',
      award: 'CSTDCS',
      basis: 'LDTT_COUNT',
      pct: 15,
      rounding: 'FLOOR',
      citation: `${ND_91}, Điều 9, khoản 3`,
    },
    ...ND98_DEFAULTS.quotas.map((q) => ({ ...q, citation: ND91_CITATIONS.quotaCoCp })),
  ],
};

export const ND91: RuleSetDefinition = {
  id: 'LTDKT-2013+ND-91-2017',
  name: 'Luật Thi đua, khen thưởng 2003 (sửa đổi 2013) và Nghị định 91/2017/NĐ-CP',
  effectiveFrom: '2017-10-01',
  effectiveTo: '2023-12-31',
  sources: [LAW_2013, ND_91],
  citations: ND91_CITATIONS,
  defaults: ND91_DEFAULTS,
};
