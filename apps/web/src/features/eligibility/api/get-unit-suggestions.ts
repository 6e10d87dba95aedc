import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { UnitSuggestions } from './eligibility.types';

/** Everyone under the unit (whole subtree) eligible for each award; the first call of a year runs a scan. */
export function getUnitSuggestions(unitId: string, year: number) {
  return api<UnitSuggestions>(`/org-units/${encodeURIComponent(unitId)}/suggestions`, { query: { year } });
}

export function useUnitSuggestions(unitId: string, year: number) {
  return useQuery({
    queryKey: ['eligibility', 'suggestions', unitId, year],
    queryFn: () => getUnitSuggestions(unitId, year),
    staleTime: 5 * 60_000,
  });
}
