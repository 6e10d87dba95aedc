import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { UnitSuggestions } from './eligibility.types';

/**
 * Everyone under the unit (whole subtree) eligible for each award, from the stored verdicts. A big
 * scope's first call of a year, or records just changed, leave subjects `pending`: asked again
 * every few seconds until the server's job has judged them.
 */
export function getUnitSuggestions(unitId: string, year: number) {
  return api<UnitSuggestions>(`/org-units/${encodeURIComponent(unitId)}/suggestions`, { query: { year } });
}

export function useUnitSuggestions(unitId: string, year: number) {
  return useQuery({
    queryKey: ['eligibility', 'suggestions', unitId, year],
    queryFn: () => getUnitSuggestions(unitId, year),
    staleTime: 5 * 60_000,
    refetchInterval: (query) => ((query.state.data?.pending ?? 0) > 0 ? 3_000 : false),
  });
}
