// Luật Thi đua, khen thưởng 2022 + Nghị định 152/2025/NĐ-CP (phân cấp, phân quyền), from 01/07/2025, with the
// two-tier local government of Nghị định 129/2025/NĐ-CP. Written as the differences from ND 98.
import { type Citations, LAW_2022, ND_129, ND_152 } from '../citations';
import type { DeciderRole, RuleParams } from '../params';
import type { RuleSetDefinition } from '../rule-set';
import type { AwardCode } from '../types';
import { LAW_2022_DECIDERS, ND98_CITATIONS, ND98_DEFAULTS } from './nd98';

const PRINCIPLES = `${ND_152}, Điều 4; ${LAW_2022}, Điều 5`;
// ND 152 money articles (law-2025-review §1.3.8 [C]): titles Đ50, Huân chương Đ51, state honorary titles Đ52,
// Bằng khen, Giấy khen and Kỷ niệm chương Đ54.
const TITLE_MONEY = `${ND_152}, Điều 50`;
const ORDER_MONEY = `${ND_152}, Điều 51`;
const FORM_MONEY = `${ND_152}, Điều 54`;

/** What the commune chair decides after 01/07/2025 (ND 129/2025, Điều 59 [C]): the district chair's old powers. */
export const COMMUNE_CHAIR_AWARDS: readonly AwardCode[] = [
  'THON_VH',
  'GD_VH',
  'TTLDTT',
  'CSTDCS',
  'LDTT',
  'GIAY_KHEN',
];

// Two-tier local government: no district level after 01/07/2025; its powers went to the commune.
function twoTier(deciders: Readonly<Record<AwardCode, readonly DeciderRole[]>>) {
  const out = {} as Record<AwardCode, readonly DeciderRole[]>;
  for (const [code, roles] of Object.entries(deciders) as [AwardCode, readonly DeciderRole[]][]) {
    const kept = roles.filter((r) => r !== 'CHU_TICH_UBND_HUYEN');
    out[code] =
      COMMUNE_CHAIR_AWARDS.includes(code) && !kept.includes('CHU_TICH_UBND_XA')
        ? [...kept, 'CHU_TICH_UBND_XA']
        : kept;
  }
  return out;
}

const moneyCitations = Object.fromEntries(
  Object.keys(ND98_CITATIONS.money).map((code) => [code, TITLE_MONEY]),
) as Record<AwardCode, string>;

export const ND152_CITATIONS: Citations = {
  ...ND98_CITATIONS,
  money: {
    ...moneyCitations,
    BK_BO_TINH: `${FORM_MONEY}, khoản 1`,
    BK_TTG: `${FORM_MONEY}, khoản 1`,
    GIAY_KHEN: `${FORM_MONEY}, khoản 1`,
    HCLD3: ORDER_MONEY,
    HCLD2: ORDER_MONEY,
    HCLD1: ORDER_MONEY,
  },
  discipline: `${ND_152}, Điều 4, khoản 4`,
  hold: PRINCIPLES,
  chainKinds: `${LAW_2022}, Điều 8; ${ND_152}, Điều 4, khoản 3`,
  authority: `${LAW_2022}, Điều 80; ${ND_129}, Điều 59`,
  moneyPrinciples: `${ND_152}, Điều 49`,
  womenPriority: `${ND_152}, Điều 4, khoản 6`,
  council: `Quy chế hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh, Điều về biểu quyết (tham số của tỉnh, mặc định 90% tổng số thành viên; ${ND_152} chưa xác nhận mức tối thiểu)`,
};

export const ND152_DEFAULTS: RuleParams = {
  ...ND98_DEFAULTS,
  coefficients: { ...ND98_DEFAULTS.coefficients, BK_BO_TINH: 1.5, BK_TTG: 3.5 },
  deciders: twoTier(LAW_2022_DECIDERS),
  names: { XA_TIEU_BIEU: 'Xã, phường, đặc khu tiêu biểu' },
  // No district any more: "dẫn đầu phong trào thi đua của cấp huyện" (Law 2022, Điều 29) read as leading the
  // province's cluster of communes [U].
  xaTieuBieuLeading: 'COMMUNE_CLUSTER',
  // The ND 152 transitional article was not found [U]: dossiers received before its entry into force keep ND 98.
  transitionReceivedBefore: '2025-07-01',
  // ND 152, Điều 54: a household receives 1.5 × the individual amount [C/S].
  householdMultiplierAwards: ['GIAY_KHEN', 'BK_BO_TINH', 'BK_TTG'],
  householdMultiplier: 1.5,
  quotas: ND98_DEFAULTS.quotas.map((q) => ({ ...q, citation: ND152_CITATIONS.quotaCoCp })),
};

export const ND152: RuleSetDefinition = {
  id: 'LTDKT-2022+ND-152-2025',
  name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  sources: [`${LAW_2022} (Luật số 06/2022/QH15)`, ND_152, ND_129],
  citations: ND152_CITATIONS,
  defaults: ND152_DEFAULTS,
};
