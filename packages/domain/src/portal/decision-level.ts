import { type AwardLevel, CATALOGUE } from '../rules/catalogue';
import type { AwardCode } from '../rules/types';

// Which decisions the public portal publishes is the tenant's choice, by level: a decision's level
// is the highest level among the awards it gives (a Bằng khen of the province next to Giấy khen of
// a department makes it a provincial decision).

export const DECISION_LEVELS = ['CO_SO', 'BO_TINH', 'NHA_NUOC'] as const satisfies readonly AwardLevel[];
export type DecisionLevel = (typeof DECISION_LEVELS)[number];

export const DECISION_LEVEL_LABELS: Record<DecisionLevel, string> = {
  CO_SO: 'Cấp cơ sở (thủ trưởng cơ quan, đơn vị, sở, ngành, cấp xã)',
  BO_TINH: 'Cấp bộ, ngành, tỉnh',
  NHA_NUOC: 'Cấp Nhà nước (Thủ tướng Chính phủ, Chủ tịch nước)',
};

/** Short labels for filters and badges on the portal. */
export const DECISION_LEVEL_SHORT: Record<DecisionLevel, string> = {
  CO_SO: 'Cấp cơ sở',
  BO_TINH: 'Cấp bộ, tỉnh',
  NHA_NUOC: 'Cấp Nhà nước',
};

/** Every level is published until the tenant narrows it: công khai is the rule, not the exception. */
export const DEFAULT_PUBLISHED_LEVELS: readonly DecisionLevel[] = DECISION_LEVELS;

export const levelRank = (level: DecisionLevel): number => DECISION_LEVELS.indexOf(level);

export function awardLevel(code: string): DecisionLevel | null {
  return (CATALOGUE as Record<string, { level: AwardLevel } | undefined>)[code]?.level ?? null;
}

/** The award codes of one level, for filtering the honour board. */
export function awardCodesOfLevel(level: DecisionLevel): AwardCode[] {
  return Object.values(CATALOGUE)
    .filter((e) => e.level === level)
    .map((e) => e.code);
}

/** The highest level among the codes; null when none is in the catalogue. */
export function decisionLevel(awardCodes: readonly string[]): DecisionLevel | null {
  let best: DecisionLevel | null = null;
  for (const code of awardCodes) {
    const level = awardLevel(code);
    if (level && (best === null || levelRank(level) > levelRank(best))) best = level;
  }
  return best;
}
