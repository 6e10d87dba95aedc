// "One achievement, one award" (Law 2022, Điều 5) and what a revocation takes back (Điều 93).

import { awardNames, KIND_NAMES } from './names';
import { ruleSetAt } from './registry';
import type { RuleSet } from './rule-set';
import type { AwardKind, History, HistoryAward } from './types';

export type ProposedAward = Pick<HistoryAward, 'award' | 'year' | 'kind' | 'achievementId' | 'achievement'>;

export type DuplicateReward = {
  readonly existing: HistoryAward;
  readonly rule: 'SAME_ACHIEVEMENT_ID' | 'SAME_ACHIEVEMENT_TEXT' | 'SAME_TITLE_SAME_PERIOD';
  readonly text: string;
  readonly citation: string;
};

const normalise = (s: string): string => s.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Existing, non-revoked awards that already rewarded the proposed award's achievement:
 * 1. the same achievementId; else
 * 2. one-off or thematic awards (not CONG_TRANG) of the same year with the same achievement text; else
 * 3. the same code, kind CONG_TRANG, same achievement year (a yearly title or merit form given twice).
 * Different forms for different bases (CSTĐCS 2024 and BK tỉnh on the 2023–2024 chain) are not duplicates.
 */
export function findDuplicateRewards(
  history: History,
  proposed: ProposedAward,
  ruleSet: RuleSet = ruleSetAt(`${proposed.year}-12-31`),
): DuplicateReward[] {
  const citation = ruleSet.citations.oneAchievement;
  const kind: AwardKind = proposed.kind ?? 'CONG_TRANG';
  const out: DuplicateReward[] = [];
  for (const a of history.awards ?? []) {
    if (a.revoked === true) continue;
    const aKind = a.kind ?? 'CONG_TRANG';
    const label = `${awardNames(a.award, ruleSet.awards).name} năm ${a.year} (${KIND_NAMES[aKind]})`;
    if (proposed.achievementId && a.achievementId === proposed.achievementId) {
      const text = `Thành tích này đã được khen thưởng bằng ${label}; một thành tích không khen nhiều lần`;
      out.push({ existing: a, rule: 'SAME_ACHIEVEMENT_ID', text, citation });
    } else if (
      !proposed.achievementId &&
      proposed.achievement &&
      a.achievement &&
      a.year === proposed.year &&
      normalise(a.achievement) === normalise(proposed.achievement)
    ) {
      const text = `Thành tích "${a.achievement}" đã được khen thưởng bằng ${label}`;
      out.push({ existing: a, rule: 'SAME_ACHIEVEMENT_TEXT', text, citation });
    } else if (
      kind === 'CONG_TRANG' &&
      aKind === 'CONG_TRANG' &&
      a.award === proposed.award &&
      a.year === proposed.year
    ) {
      const text = `Đã có ${label}; không xét lại cùng hình thức cho cùng năm thành tích`;
      out.push({ existing: a, rule: 'SAME_TITLE_SAME_PERIOD', text, citation });
    }
  }
  return out;
}

export type RevocationGround = 'a' | 'b' | 'c' | 'd';

export type RevocationEffect = {
  readonly revoke: true;
  readonly recoverItems: true;
  readonly recoverMoney: true;
  readonly text: string;
  readonly citation: string;
};

const GROUND_TEXT: Readonly<Record<RevocationGround, string>> = {
  a: 'kê khai gian dối thành tích',
  b: 'cung cấp thông tin sai hoặc làm giả hồ sơ',
  c: 'thẩm định, xét, đề nghị trái pháp luật',
  d: 'có kết luận vi phạm làm không còn đủ tiêu chuẩn trong thời gian lập thành tích',
};

/** T30: every ground of Điều 93.2 revokes the decision and recovers the items and the money. */
export function revocationEffect(ground: RevocationGround, ruleSet: RuleSet): RevocationEffect {
  return {
    revoke: true,
    recoverItems: true,
    recoverMoney: true,
    text: `Hủy bỏ quyết định khen thưởng do ${GROUND_TEXT[ground]}; thu hồi hiện vật và tiền thưởng`,
    citation: `${ruleSet.citations.revocation}, điểm ${ground}`,
  };
}
