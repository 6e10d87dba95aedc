// The citation of each rule, per rule set: article numbers differ between laws and decrees.
import type { AwardCode } from './types';

export type Citations = {
  /** Where each award's criteria are laid down. */
  readonly award: Readonly<Record<AwardCode, string>>;
  /** Where each award's money coefficient is laid down. */
  readonly money: Readonly<Record<AwardCode, string>>;
  readonly recruitment: string;
  /** LĐTT standard of workers, farmers and labourers (no rating). */
  readonly ldttWorkers: string;
  /** Forms a household may receive, per award. */
  readonly household: { readonly GIAY_KHEN: string; readonly BK_BO_TINH: string };
  readonly ldttDiscipline: string;
  readonly discipline: string;
  readonly hold: string;
  readonly chainKinds: string;
  readonly kinds: string;
  readonly authority: string;
  readonly council: string;
  readonly publicComment: string;
  readonly dossierTitle: string;
  readonly dossierCommendation: string;
  readonly simplified: string;
  readonly oneAchievement: string;
  readonly revocation: string;
  readonly quotaCoCp: string;
  /** Several awards of one recipient: what is paid (ND 152, Điều 49). */
  readonly moneyPrinciples: string;
  /** Women first with equal merit (ND 152, Điều 4.6). */
  readonly womenPriority: string;
};

export const LAW_2022 = 'Luật Thi đua, khen thưởng 2022';
export const LAW_2013 = 'Luật Thi đua, khen thưởng 2003 (sửa đổi, bổ sung 2013)';
export const ND_91 = 'Nghị định 91/2017/NĐ-CP';
export const ND_98 = 'Nghị định 98/2023/NĐ-CP';
export const ND_152 = 'Nghị định 152/2025/NĐ-CP';
export const ND_129 = 'Nghị định 129/2025/NĐ-CP';
export const TT_01 = 'Thông tư 01/2024/TT-BNV';
export const CV_5007 = 'Công văn 5007/BNV-TĐKT ngày 05/9/2023';

/** Law 2022 articles, shared by the ND 98 and ND 152 rule sets. */
export const LAW_2022_AWARD_ARTICLES: Readonly<Record<AwardCode, string>> = {
  LDTT: `${LAW_2022}, Điều 24, khoản 1`,
  CSTT: `${LAW_2022}, Điều 24, khoản 1`,
  CSTDCS: `${LAW_2022}, Điều 23`,
  CSTD_BO_TINH: `${LAW_2022}, Điều 22`,
  CSTDTQ: `${LAW_2022}, Điều 21`,
  TTLDTT: `${LAW_2022}, Điều 28`,
  TTLDXS: `${LAW_2022}, Điều 27`,
  CO_BO_TINH: `${LAW_2022}, Điều 26`,
  CO_CP: `${LAW_2022}, Điều 25`,
  XA_TIEU_BIEU: `${LAW_2022}, Điều 29`,
  THON_VH: `${LAW_2022}, Điều 30`,
  GD_VH: `${LAW_2022}, Điều 31`,
  GIAY_KHEN: `${LAW_2022}, Điều 75`,
  BK_BO_TINH: `${LAW_2022}, Điều 74, khoản 1, điểm d`,
  BK_TTG: `${LAW_2022}, Điều 73, khoản 1, điểm b`,
  HCLD3: `${LAW_2022}, Điều 44, khoản 1, điểm e`,
  HCLD2: `${LAW_2022}, Điều 43`,
  HCLD1: `${LAW_2022}, Điều 42`,
};
