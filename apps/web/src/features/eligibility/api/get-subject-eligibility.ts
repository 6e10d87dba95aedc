import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { SubjectEligibility } from './eligibility.types';

/** `id` is a person id or an org-unit id: a unit is judged as its own collective. */
export function getSubjectEligibility(id: string, year: number) {
  return api<SubjectEligibility>(`/subjects/${encodeURIComponent(id)}/eligibility`, { query: { year } });
}

export function useSubjectEligibility(id: string, year: number) {
  return useQuery({
    queryKey: ['eligibility', 'subject', id, year],
    queryFn: () => getSubjectEligibility(id, year),
    // Keeps the previous year on screen while the next one loads, so the panel does not jump.
    placeholderData: keepPreviousData,
  });
}
