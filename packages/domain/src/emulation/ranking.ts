// Ranking of cluster members. Ties are broken by a rule the cluster regulation chooses (law §7:
// "exact weights, vote thresholds and tie-breaks are set per … cluster regulation").

export const TIE_BREAKS = ['CROSS_SCORE', 'STANDARD_POINTS', 'FEWER_PENALTIES', 'SHARED'] as const;
export type TieBreak = (typeof TIE_BREAKS)[number];

export const TIE_BREAK_LABELS: Readonly<Record<TieBreak, string>> = {
  CROSS_SCORE: 'Điểm chấm chéo cao hơn',
  STANDARD_POINTS: 'Điểm các tiêu chí chính cao hơn (không tính điểm thưởng)',
  FEWER_PENALTIES: 'Bị trừ ít điểm hơn',
  SHARED: 'Đồng hạng',
};

export type RankInput = {
  readonly unitId: string;
  readonly unitName: string;
  /** The final total used for ranking. */
  readonly total: number;
  readonly crossTotal: number | null;
  readonly standardPoints: number;
  readonly penaltyPoints: number;
};

export type Ranked<T extends RankInput> = T & { rank: number };

const collator = new Intl.Collator('vi');

function tieKey(tieBreak: TieBreak, m: RankInput): number {
  if (tieBreak === 'CROSS_SCORE') return m.crossTotal ?? Number.NEGATIVE_INFINITY;
  if (tieBreak === 'STANDARD_POINTS') return m.standardPoints;
  if (tieBreak === 'FEWER_PENALTIES') return -m.penaltyPoints;
  return 0;
}

/**
 * Highest total first. Members still equal after the tie-break share a rank (1, 1, 3);
 * the name order among them is only for display.
 */
export function rankMembers<T extends RankInput>(members: readonly T[], tieBreak: TieBreak): Ranked<T>[] {
  const sorted = [...members].sort(
    (a, b) =>
      b.total - a.total ||
      tieKey(tieBreak, b) - tieKey(tieBreak, a) ||
      collator.compare(a.unitName, b.unitName),
  );
  const out: Ranked<T>[] = [];
  sorted.forEach((m, i) => {
    const prev = out[i - 1];
    const tied = prev && prev.total === m.total && tieKey(tieBreak, prev) === tieKey(tieBreak, m);
    out.push({ ...m, rank: tied ? prev.rank : i + 1 });
  });
  return out;
}
