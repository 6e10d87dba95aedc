// Who may decide an award (Law 2022, Điều 80; after 01/07/2025 the district level is gone).
import { DECIDER_ROLES, type DeciderRole } from './params';
import type { RuleSet } from './rule-set';
import type { AwardCode, Reason } from './types';

export const DECIDER_NAMES: Readonly<Record<DeciderRole, string>> = {
  THU_TRUONG_DON_VI: 'Thủ trưởng đơn vị có tư cách pháp nhân thuộc bộ, ngành',
  THU_TRUONG_SO: 'Thủ trưởng sở, ban, ngành cấp tỉnh',
  CHU_TICH_UBND_HUYEN: 'Chủ tịch UBND cấp huyện',
  CHU_TICH_UBND_XA: 'Chủ tịch UBND cấp xã',
  GIAM_DOC_DOANH_NGHIEP: 'Giám đốc doanh nghiệp, hợp tác xã',
  BO_TRUONG: 'Bộ trưởng, thủ trưởng cơ quan trung ương',
  CHU_TICH_UBND_TINH: 'Chủ tịch UBND cấp tỉnh',
  THU_TUONG: 'Thủ tướng Chính phủ',
  CHU_TICH_NUOC: 'Chủ tịch nước',
};

export const isDeciderRole = (value: string): value is DeciderRole =>
  (DECIDER_ROLES as readonly string[]).includes(value);

export type AuthorityCheck = Reason & {
  readonly allowed: boolean;
  readonly allowedRoles: readonly DeciderRole[];
};

/** Whether `role` may decide `award` under the rule set (T22: a commune chair may not decide CSTĐCS). */
export function canDecide(ruleSet: RuleSet, role: DeciderRole, award: AwardCode): AuthorityCheck {
  const rule = ruleSet.awards[award];
  const allowed = rule.deciders.includes(role);
  const citation = ruleSet.citations.authority;
  const text = allowed
    ? `${DECIDER_NAMES[role]} có thẩm quyền quyết định ${rule.name}`
    : `${DECIDER_NAMES[role]} không có thẩm quyền quyết định ${rule.name}; thẩm quyền: ${rule.deciders.map((r) => DECIDER_NAMES[r]).join('; ')}`;
  return { allowed, met: allowed, text, citation, allowedRoles: rule.deciders };
}

/** The awards a role may decide, in catalogue order. */
export function awardsDecidedBy(ruleSet: RuleSet, role: DeciderRole): AwardCode[] {
  return Object.values(ruleSet.awards)
    .filter((a) => a.deciders.includes(role))
    .map((a) => a.code);
}
