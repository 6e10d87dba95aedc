import { STATE_AWARDS } from '../rules/state-awards';

// Award levels for the fairness view and the dashboard: state (Nhà nước), ministry or province,
// grassroots. Data, like the forms: the codes of 0602 are state level, those of 0603 ministry or
// province level, and everything else is decided at the grassroots.

export const AWARD_LEVELS = ['NHA_NUOC', 'BO_TINH', 'CO_SO'] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

export const AWARD_LEVEL_NAMES: Readonly<Record<AwardLevel, string>> = {
  NHA_NUOC: 'Cấp Nhà nước',
  BO_TINH: 'Cấp bộ, ngành, tỉnh',
  CO_SO: 'Cấp cơ sở',
};

export const STATE_LEVEL_CODES: readonly string[] = [
  ...new Set([
    'BK_TTG',
    'CSTDTQ',
    'CO_CP',
    'HCLD1',
    'HCLD2',
    'HCLD3',
    'GT_HCM',
    'GT_NHA_NUOC',
    ...STATE_AWARDS.filter((a) => a.level === 'NHA_NUOC').map((a) => a.code),
  ]),
];
export const PROVINCE_LEVEL_CODES: readonly string[] = [
  'BK_BO_TINH',
  'CSTD_BO_TINH',
  'CO_BO_TINH',
  'KNC_BO_TINH',
];

export function awardLevelOf(code: string): AwardLevel {
  if (STATE_LEVEL_CODES.includes(code)) return 'NHA_NUOC';
  if (PROVINCE_LEVEL_CODES.includes(code)) return 'BO_TINH';
  return 'CO_SO';
}
