import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { SuggestedSubject, UnitSuggestions } from './eligibility.types';

/** Subjects of each award in one page; the card asks for the next ones from the award's cursor. */
export const SUGGESTIONS_PAGE_SIZE = 10;

/**
 * The first page of each award's list of everyone under the unit (whole subtree) eligible for it,
 * from the stored verdicts (issue 19: paged, never the whole list at once). A big scope's first call
 * of a year, or records just changed, leave subjects `pending`: asked again every few seconds until
 * the server's job has judged them.
 */
export function getUnitSuggestions(unitId: string, year: number) {
  return api<UnitSuggestions>(`/org-units/${encodeURIComponent(unitId)}/suggestions`, {
    query: { year, limit: SUGGESTIONS_PAGE_SIZE },
  });
}

/** The page of one award's list after `cursor` (an award's `nextCursor`). */
export async function getAwardSuggestionsPage(
  unitId: string,
  year: number,
  award: string,
  cursor: string,
  limit = SUGGESTIONS_PAGE_SIZE,
): Promise<{ subjects: SuggestedSubject[]; nextCursor: string | null }> {
  const answer = await api<UnitSuggestions>(`/org-units/${encodeURIComponent(unitId)}/suggestions`, {
    query: { year, limit, award, cursor },
  });
  const page = answer.awards.find((a) => a.award === award);
  return { subjects: page?.subjects ?? [], nextCursor: page?.nextCursor ?? null };
}

export function useUnitSuggestions(unitId: string, year: number) {
  return useQuery({
    queryKey: ['eligibility', 'suggestions', unitId, year],
    queryFn: () => getUnitSuggestions(unitId, year),
    staleTime: 5 * 60_000,
    refetchInterval: (query) => ((query.state.data?.pending ?? 0) > 0 ? 3_000 : false),
  });
}
