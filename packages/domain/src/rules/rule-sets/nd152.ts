// Luật Thi đua, khen thưởng 2022 + Nghị định 152/2025/NĐ-CP (phân cấp, phân quyền), from 01/07/2025.
// Written as the differences from ND 98: the decree replaces ND 98 [S] and most of its content is [U].
import { type Citations, LAW_2022, ND_152 } from '../citations';
import type { DeciderRole, RuleParams } from '../params';
import type { RuleSetDefinition } from '../rule-set';
import type { AwardCode } from '../types';
import { LAW_2022_DECIDERS, ND98_CITATIONS, ND98_DEFAULTS } from './nd98';

const PRINCIPLES = `${LAW_2022}, Điều 5; ${ND_152} (nguyên tắc khen thưởng)`;
const MONEY = `${ND_152}, Điều 54`;
const FORM_MONEY = `${ND_152}, Điều 54, khoản 1`;

// Two-tier local government: no district level after 01/07/2025; its powers moved [U: exact allocation].
function withoutDistrict(deciders: Readonly<Record<AwardCode, readonly DeciderRole[]>>) {
  const out = {} as Record<AwardCode, readonly DeciderRole[]>;
  for (const [code, roles] of Object.entries(deciders) as [AwardCode, readonly DeciderRole[]][]) {
    out[code] = roles.filter((r) => r !== 'CHU_TICH_UBND_HUYEN');
  }
  // [U] law.md §3.2: Thôn văn hóa likely moved to the commune chair.
  out.THON_VH = ['CHU_TICH_UBND_XA'];
  return out;
}

const moneyCitations = Object.fromEntries(
  Object.keys(ND98_CITATIONS.money).map((code) => [code, MONEY]),
) as Record<AwardCode, string>;

export const ND152_CITATIONS: Citations = {
  ...ND98_CITATIONS,
  money: { ...moneyCitations, BK_BO_TINH: FORM_MONEY, BK_TTG: FORM_MONEY, GIAY_KHEN: FORM_MONEY },
  discipline: PRINCIPLES,
  hold: PRINCIPLES,
  chainKinds: `${LAW_2022}, Điều 8; ${ND_152} (nguyên tắc khen thưởng)`,
};

export const ND152_DEFAULTS: RuleParams = {
  ...ND98_DEFAULTS,
  coefficients: { ...ND98_DEFAULTS.coefficients, BK_BO_TINH: 1.5, BK_TTG: 3.5 },
  deciders: withoutDistrict(LAW_2022_DECIDERS),
  quotas: ND98_DEFAULTS.quotas.map((q) => ({ ...q, citation: ND152_CITATIONS.quotaCoCp })),
};

export const ND152: RuleSetDefinition = {
  id: 'LTDKT-2022+ND-152-2025',
  name: 'Luật Thi đua, khen thưởng 2022 và Nghị định 152/2025/NĐ-CP',
  effectiveFrom: '2025-07-01',
  effectiveTo: null,
  sources: [`${LAW_2022} (Luật số 06/2022/QH15)`, ND_152],
  citations: ND152_CITATIONS,
  defaults: ND152_DEFAULTS,
};
