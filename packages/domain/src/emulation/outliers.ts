// An assessor whose scores deviate strongly from the others' is flagged for the organiser to
// look at; the flag never changes a score (the regulation decides what to do about it).

export type AssessorScore = {
  readonly assessorId: string;
  readonly memberId: string;
  readonly total: number;
};

export type OutlierFlag = {
  readonly assessorId: string;
  readonly memberId: string;
  readonly total: number;
  /** The median of all assessors' totals for the member. */
  readonly median: number;
  readonly deviation: number;
};

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/**
 * For each member, compares each assessor's total with the median of all assessors' totals for
 * that member. With three or more assessors one extreme assessor cannot move the median (a
 * leave-one-out mean of two would be dragged by the very score under test), so a member needs
 * at least 3 assessors before anyone is flagged. `threshold` is in points.
 */
export function detectOutliers(scores: readonly AssessorScore[], threshold: number): OutlierFlag[] {
  const byMember = new Map<string, AssessorScore[]>();
  for (const s of scores) byMember.set(s.memberId, [...(byMember.get(s.memberId) ?? []), s]);
  const flags: OutlierFlag[] = [];
  for (const list of byMember.values()) {
    for (const s of list) {
      if (list.length < 3) continue;
      const m = median(list.map((o) => o.total))!;
      const deviation = Math.round((s.total - m) * 100) / 100;
      if (Math.abs(deviation) > threshold) flags.push({ ...s, median: m, deviation });
    }
  }
  return flags;
}
