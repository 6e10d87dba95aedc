// The classification of individuals that the statistical forms 0602/0603 (TT 2/2023/TT-BNV) break
// the "cá nhân" row into. Kept on the employment record with its dates, because the same person
// is a direct worker one year and a head of division the next, and a report counts the post held
// when the award was decided.

export const LEADER_LEVELS = [
  'LANH_DAO_BO_TINH',
  'LANH_DAO_VU_SO',
  'DOANH_NHAN',
  'LANH_DAO_KHAC',
  'TRUC_TIEP',
] as const;
export type LeaderLevel = (typeof LEADER_LEVELS)[number];

export const LEADER_LEVEL_NAMES: Readonly<Record<LeaderLevel, string>> = {
  LANH_DAO_BO_TINH: 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương trở lên',
  LANH_DAO_VU_SO: 'Lãnh đạo cấp vụ, sở, ngành và tương đương',
  DOANH_NHAN: 'Doanh nhân',
  LANH_DAO_KHAC: 'Lãnh đạo khác từ phó trưởng phòng và tương đương trở lên',
  TRUC_TIEP: 'Người trực tiếp lao động, sản xuất, công tác (công nhân, nông dân…)',
};
