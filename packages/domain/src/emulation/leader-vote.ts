// The vote for a cluster's leading unit (suy tôn, law.md §7): most votes wins; equal votes are
// broken by the cluster's ranking (itself ordered by the cluster's configured tie-break). When the
// tied candidates also share their rank, there is no winner and the organiser must resolve it.

export type LeaderCandidate = {
  readonly unitId: string;
  readonly unitName: string;
  /** Rank in the cluster's scoring board when the vote was opened (1 = first). */
  readonly rank: number;
  readonly votes: number;
};

export type LeaderResult =
  | {
      readonly ok: true;
      readonly winner: LeaderCandidate;
      readonly tieBroken: boolean;
      readonly text: string;
    }
  | { readonly ok: false; readonly code: 'NO_BALLOTS' | 'TIED'; readonly text: string };

export function decideLeader(candidates: readonly LeaderCandidate[], ballots: number): LeaderResult {
  if (ballots === 0 || candidates.length === 0)
    return { ok: false, code: 'NO_BALLOTS', text: 'Chưa có phiếu bầu nào.' };
  const top = Math.max(...candidates.map((c) => c.votes));
  const most = candidates.filter((c) => c.votes === top);
  const bestRank = Math.min(...most.map((c) => c.rank));
  const winners = most.filter((c) => c.rank === bestRank);
  const tally = `${top}/${ballots} phiếu`;
  if (winners.length > 1) {
    return {
      ok: false,
      code: 'TIED',
      text: `Các đơn vị ${winners.map((w) => w.unitName).join(', ')} bằng phiếu (${tally}) và đồng hạng trong bảng xếp hạng; cần bỏ phiếu lại hoặc lấy ý kiến bổ sung.`,
    };
  }
  const winner = winners[0]!;
  const tieBroken = most.length > 1;
  const text = tieBroken
    ? `${winner.unitName} dẫn đầu: ${tally}, bằng phiếu với ${most
        .filter((c) => c !== winner)
        .map((c) => c.unitName)
        .join(', ')}, xếp trên theo bảng xếp hạng (hạng ${winner.rank}).`
    : `${winner.unitName} dẫn đầu: ${tally}.`;
  return { ok: true, winner, tieBroken, text };
}
