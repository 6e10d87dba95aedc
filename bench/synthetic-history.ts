import type { History, HistoryAward, HistoryRating, Rating } from '@vinhdanh/domain/rules/types';

const RATINGS: Rating[] = ['HTXSNV', 'HTTNV', 'HTTNV', 'HTTNV', 'HTNV'];

/** Deterministic 20-year histories, shaped like a real department's records. */
export function syntheticHistories(count: number, lastYear: number, years = 20): History[] {
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  const out: History[] = [];
  for (let i = 0; i < count; i++) {
    const ratings: HistoryRating[] = [];
    const awards: HistoryAward[] = [];
    const initiatives: { year: number; type: 'SANG_KIEN'; scope: 'CO_SO' | 'BO_TINH' }[] = [];
    for (let year = lastYear - years + 1; year <= lastYear; year++) {
      const rating = RATINGS[Math.floor(next() * RATINGS.length)]!;
      ratings.push({ year, rating });
      if (rating === 'HTXSNV' || rating === 'HTTNV') awards.push({ award: 'LDTT', year, kind: 'CONG_TRANG' });
      if (rating === 'HTXSNV' && next() < 0.7) awards.push({ award: 'CSTDCS', year, kind: 'CONG_TRANG' });
      if (next() < 0.3)
        initiatives.push({ year, type: 'SANG_KIEN', scope: next() < 0.1 ? 'BO_TINH' : 'CO_SO' });
      if (next() < 0.05)
        awards.push({ award: 'BK_BO_TINH', year, kind: next() < 0.3 ? 'CHUYEN_DE' : 'CONG_TRANG' });
    }
    out.push({
      subject: { type: 'individual', recruitedOn: `${lastYear - years}-01-01` },
      ratings,
      awards,
      initiatives,
    });
  }
  return out;
}
