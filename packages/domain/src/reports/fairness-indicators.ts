import { allOf, anyOf, type ReportFilter, where } from './report-filter';

// The shares the law asks priority for (Law 2022 Đ5, ND 152 Đ4.6: direct workers, women, ethnic
// minorities, grassroots units) and the leaders' share to compare them with. Each is a filter over
// the award facts: `base` is what the share is of, `member` who is in it.

export const FAIRNESS_INDICATORS = ['DIRECT_WORKER', 'WOMEN', 'MINORITY', 'GRASSROOTS', 'LEADER'] as const;
export type FairnessIndicator = (typeof FAIRNESS_INDICATORS)[number];

const PERSON = where('subjectType', 'PERSON');
const COLLECTIVE = where('subjectType', 'COLLECTIVE');

export const INDICATOR_DEFS: Readonly<
  Record<FairnessIndicator, { label: string; baseLabel: string; base: ReportFilter; member: ReportFilter }>
> = {
  DIRECT_WORKER: {
    label: 'Người trực tiếp lao động, sản xuất, công tác',
    baseLabel: 'khen thưởng cá nhân',
    base: PERSON,
    member: allOf(PERSON, where('leaderLevel', 'TRUC_TIEP')),
  },
  WOMEN: {
    label: 'Nữ',
    baseLabel: 'khen thưởng cá nhân',
    base: PERSON,
    member: allOf(PERSON, where('gender', 'NU')),
  },
  MINORITY: {
    label: 'Người dân tộc thiểu số',
    baseLabel: 'khen thưởng cá nhân',
    base: PERSON,
    member: allOf(PERSON, where('isMinority', true)),
  },
  GRASSROOTS: {
    label: 'Tập thể cơ sở (xã, phường, trường học, trạm y tế, doanh nghiệp)',
    baseLabel: 'khen thưởng tập thể',
    base: COLLECTIVE,
    member: allOf(COLLECTIVE, where('isGrassroots', true)),
  },
  LEADER: {
    label: 'Lãnh đạo, quản lý',
    baseLabel: 'khen thưởng cá nhân',
    base: PERSON,
    member: allOf(PERSON, anyOf(where('leaderLevel', 'LANH_DAO_BO_TINH', 'LANH_DAO_VU_SO', 'LANH_DAO_KHAC'))),
  },
};

/** Shares the law wants raised: falling short is below the target. The leaders' share is the reverse. */
export const isShortOf = (indicator: FairnessIndicator, sharePct: number, targetPct: number) =>
  indicator === 'LEADER' ? sharePct > targetPct : sharePct < targetPct;
