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

export const STATE_LEVEL_CODES = [
  'BK_TTG',
  'CSTDTQ',
  'CO_CP',
  'HCLD1',
  'HCLD2',
  'HCLD3',
  'HC_SAO_VANG',
  'HC_HO_CHI_MINH',
  'HCDL1',
  'HCDL2',
  'HCDL3',
  'HC_DAI_DOAN_KET',
  'HC_DUNG_CAM',
  'HC_HUU_NGHI',
  'HUY_CHUONG_HUU_NGHI',
  'HUY_CHUONG_TNXP',
  'GT_HCM',
  'GT_NHA_NUOC',
  'BMVNAH',
  'AHLD',
  'AHLLVT',
  'NGND',
  'NGUT',
  'TTND',
  'TTUT',
  'NSND',
  'NSUT',
  'NNND',
  'NNUT',
] as const;
export const PROVINCE_LEVEL_CODES = ['BK_BO_TINH', 'CSTD_BO_TINH', 'CO_BO_TINH', 'KNC_BO_TINH'] as const;

export function awardLevelOf(code: string): AwardLevel {
  if ((STATE_LEVEL_CODES as readonly string[]).includes(code)) return 'NHA_NUOC';
  if ((PROVINCE_LEVEL_CODES as readonly string[]).includes(code)) return 'BO_TINH';
  return 'CO_SO';
}
