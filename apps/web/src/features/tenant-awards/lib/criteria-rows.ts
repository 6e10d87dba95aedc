// The criteria form: rows of the engine's combinators, joined by "all" or "any", turned into the JSON tree
// the server checks (validateCriterion). Each row cites its article; empty, it takes the award's citation.

export type RowType =
  | 'ratingYears'
  | 'ratingThisYear'
  | 'titleInYear'
  | 'awardsInWindow'
  | 'noDiscipline'
  | 'attested'
  | 'judged';

export type CriteriaRow = {
  type: RowType;
  rating: 'HTXSNV' | 'HTTNV' | 'HTNV';
  years: number;
  award: string;
  count: number;
  window: number;
  text: string;
  citation: string;
};

export const ROW_TYPES: readonly RowType[] = [
  'ratingYears',
  'ratingThisYear',
  'titleInYear',
  'awardsInWindow',
  'noDiscipline',
  'attested',
  'judged',
];

export const newRow = (type: RowType = 'ratingYears'): CriteriaRow => ({
  type,
  rating: 'HTXSNV',
  years: 2,
  award: 'LDTT',
  count: 1,
  window: 5,
  text: '',
  citation: '',
});

function rowCriterion(row: CriteriaRow, index: number, fallbackCitation: string): Record<string, unknown> {
  const citation = row.citation.trim() || fallbackCitation.trim();
  switch (row.type) {
    case 'ratingYears':
      return {
        op: 'consecutiveYears',
        evidence: { type: 'rating', min: row.rating },
        years: row.years,
        citation,
      };
    case 'ratingThisYear':
      return { op: 'ratingAtLeast', min: row.rating, citation };
    case 'titleInYear':
      return { op: 'titleInYear', codes: [row.award], orEligible: false, citation };
    case 'awardsInWindow':
      return {
        op: 'countInWindow',
        evidence: { type: 'award', codes: [row.award] },
        min: row.count,
        windowYears: row.window,
        citation,
      };
    case 'noDiscipline':
      return { op: 'noDisciplineInYear', minForm: 'KHIEN_TRACH', citation };
    case 'attested':
      return { op: 'attested', text: row.text.trim(), citation };
    case 'judged':
      return { op: 'judged', id: `dieu-kien-${index + 1}`, text: row.text.trim(), citation };
  }
}

/** One row stands alone; several are joined by all/any. */
export function buildCriteria(
  rows: readonly CriteriaRow[],
  join: 'all' | 'any',
  fallbackCitation: string,
): Record<string, unknown> {
  const of = rows.map((r, i) => rowCriterion(r, i, fallbackCitation));
  return of.length === 1 && of[0] ? of[0] : { op: join, of };
}
