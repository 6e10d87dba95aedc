// Cluster scoring tables (bảng chấm điểm). Law §7: weights and tie-breaks are set per
// province or cluster regulation, so the template is data and nothing here is hard-coded.

export const CRITERION_KINDS = ['STANDARD', 'BONUS', 'PENALTY'] as const;
export type CriterionKind = (typeof CRITERION_KINDS)[number];

export type TemplateCriterion = {
  readonly id: string;
  readonly code: string;
  readonly name: string;
  readonly groupName: string;
  readonly kind: CriterionKind;
  /** The ceiling; a bonus adds up to it, a penalty subtracts up to it. */
  readonly maxPoints: number;
};

/** Clamps a score into [0, max], rounded to 2 decimals. Zero is a valid score, not "missing". */
export function clampScore(value: number, maxPoints: number): number {
  if (!Number.isFinite(value)) return 0;
  const bounded = Math.min(Math.max(value, 0), Math.max(maxPoints, 0));
  return Math.round(bounded * 100) / 100;
}

/** Bonus and penalty items are optional; every standard criterion must be scored. */
export function requiredCriteria(criteria: readonly TemplateCriterion[]): TemplateCriterion[] {
  return criteria.filter((c) => c.kind === 'STANDARD');
}

export type Completeness = { complete: boolean; missing: TemplateCriterion[] };

/** Which required criteria have no value (null/undefined); a 0 counts as scored. */
export function checkCompleteness(
  criteria: readonly TemplateCriterion[],
  values: ReadonlyMap<string, number | null | undefined>,
): Completeness {
  const missing = requiredCriteria(criteria).filter((c) => {
    const v = values.get(c.id);
    return v === null || v === undefined;
  });
  return { complete: missing.length === 0, missing };
}

/** The Vietnamese refusal naming what is missing (at most 5 names, then a count). */
export function missingMessage(missing: readonly TemplateCriterion[]): string {
  const names = missing.slice(0, 5).map((c) => `${c.code} ${c.name}`);
  const more = missing.length > 5 ? ` và ${missing.length - 5} tiêu chí khác` : '';
  return `Chưa chấm ${missing.length} tiêu chí: ${names.join('; ')}${more}.`;
}

/** Total points: standard and bonus add, penalties subtract; each value is clamped first. */
export function totalScore(
  criteria: readonly TemplateCriterion[],
  values: ReadonlyMap<string, number | null | undefined>,
): number {
  let total = 0;
  for (const c of criteria) {
    const v = values.get(c.id);
    if (v === null || v === undefined) continue;
    const clamped = clampScore(v, c.maxPoints);
    total += c.kind === 'PENALTY' ? -clamped : clamped;
  }
  return Math.round(total * 100) / 100;
}

export function maxTotal(criteria: readonly TemplateCriterion[]): number {
  return criteria.filter((c) => c.kind !== 'PENALTY').reduce((s, c) => s + c.maxPoints, 0);
}
