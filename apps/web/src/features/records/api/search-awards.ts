import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';
import type { AwardSearch } from './records.types';

/** total stops at 1,000 (totalCapped); nextCursor pages on by keyset (the table pages by page number). */
export type AwardPage = Schema<'AwardPage'>;

export const AWARD_PAGE_SIZE = 20;

export const awardSearchQuery = (s: AwardSearch) => ({
  q: s.q,
  unitId: s.unitId,
  awardCode: s.awardCode,
  kind: s.kind,
  yearFrom: s.yearFrom,
  yearTo: s.yearTo,
  decisionNumber: s.decisionNumber,
});

export function searchAwards(search: AwardSearch) {
  return api<AwardPage>('/awards', {
    query: {
      ...awardSearchQuery(search),
      page: search.page ?? 1,
      pageSize: search.pageSize ?? AWARD_PAGE_SIZE,
    },
  });
}

export function useAwardSearch(search: AwardSearch) {
  return useQuery({
    queryKey: ['awards', 'search', search],
    queryFn: () => searchAwards(search),
    // No placeholder from the previous query: its rows would be shown as this query's result.
  });
}
