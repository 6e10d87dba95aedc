// The award catalogue: what does not change between rule sets (names, subject types, levels).
import { AWARD_NAMES } from './names';
import type { AwardCode, CollectiveKind, SubjectType } from './types';

export type AwardLevel = 'CO_SO' | 'BO_TINH' | 'NHA_NUOC';
/** DANH_HIEU: emulation title (yearly, merit only); HINH_THUC: form of commendation (any kind). */
export type AwardCategory = 'DANH_HIEU' | 'HINH_THUC';

export type CatalogueEntry = {
  readonly code: AwardCode;
  readonly name: string;
  readonly subjectTypes: readonly SubjectType[];
  readonly level: AwardLevel;
  readonly category: AwardCategory;
  readonly proposer: string;
  /** For collective titles tied to a kind of collective (Law 2022, Điều 29, 30); absent: any. */
  readonly collectiveKinds?: readonly CollectiveKind[];
};

const I: readonly SubjectType[] = ['individual'];
const C: readonly SubjectType[] = ['collective'];
const IC: readonly SubjectType[] = ['individual', 'collective'];

const UNIT = 'Hội đồng thi đua, khen thưởng của đơn vị';
const MANAGER = 'Cấp quản lý trực tiếp (sở, ngành, UBND cấp xã, doanh nghiệp)';
const MINISTRY = 'Bộ, ban, ngành, tỉnh';

function entry(
  code: AwardCode,
  subjectTypes: readonly SubjectType[],
  level: AwardLevel,
  category: AwardCategory,
  proposer: string,
): CatalogueEntry {
  return { code, name: AWARD_NAMES[code].name, subjectTypes, level, category, proposer };
}

export const CATALOGUE: Readonly<Record<AwardCode, CatalogueEntry>> = {
  LDTT: entry('LDTT', I, 'CO_SO', 'DANH_HIEU', UNIT),
  CSTT: entry('CSTT', I, 'CO_SO', 'DANH_HIEU', UNIT),
  CSTDCS: entry('CSTDCS', I, 'CO_SO', 'DANH_HIEU', UNIT),
  CSTD_BO_TINH: entry('CSTD_BO_TINH', I, 'BO_TINH', 'DANH_HIEU', MANAGER),
  CSTDTQ: entry('CSTDTQ', I, 'NHA_NUOC', 'DANH_HIEU', MINISTRY),
  TTLDTT: entry('TTLDTT', C, 'CO_SO', 'DANH_HIEU', UNIT),
  TTLDXS: entry('TTLDXS', C, 'BO_TINH', 'DANH_HIEU', MANAGER),
  CO_BO_TINH: entry(
    'CO_BO_TINH',
    C,
    'BO_TINH',
    'DANH_HIEU',
    'Cụm, khối thi đua do bộ, ban, ngành, tỉnh tổ chức',
  ),
  CO_CP: entry('CO_CP', C, 'NHA_NUOC', 'DANH_HIEU', MINISTRY),
  XA_TIEU_BIEU: {
    ...entry('XA_TIEU_BIEU', C, 'BO_TINH', 'DANH_HIEU', 'Ủy ban nhân dân cấp xã'),
    collectiveKinds: ['COMMUNE'],
  },
  THON_VH: {
    ...entry('THON_VH', C, 'CO_SO', 'DANH_HIEU', 'Ban công tác Mặt trận thôn, tổ dân phố'),
    collectiveKinds: ['VILLAGE'],
  },
  GD_VH: entry('GD_VH', ['household'], 'CO_SO', 'DANH_HIEU', 'Thôn, tổ dân phố'),
  GIAY_KHEN: entry('GIAY_KHEN', ['individual', 'collective', 'household'], 'CO_SO', 'HINH_THUC', UNIT),
  // Law 2022, Điều 74: also households that gave labour, land or assets.
  BK_BO_TINH: entry('BK_BO_TINH', ['individual', 'collective', 'household'], 'BO_TINH', 'HINH_THUC', MANAGER),
  BK_TTG: entry('BK_TTG', IC, 'NHA_NUOC', 'HINH_THUC', MINISTRY),
  HCLD3: entry('HCLD3', IC, 'NHA_NUOC', 'HINH_THUC', MINISTRY),
  HCLD2: entry('HCLD2', IC, 'NHA_NUOC', 'HINH_THUC', MINISTRY),
  HCLD1: entry('HCLD1', IC, 'NHA_NUOC', 'HINH_THUC', MINISTRY),
};
