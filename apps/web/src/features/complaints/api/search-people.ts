import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type PersonRow = { id: string; fullName: string; unitName: string };

/** People in the officer's scope matching the typed name (the server folds diacritics). */
export function usePeopleOptions(q: string) {
  return useQuery({
    queryKey: ['people', 'complaint-subject', q],
    queryFn: () => api<{ items: PersonRow[] }>('/people', { query: { q, pageSize: 20 } }),
    enabled: q.trim().length >= 2,
  });
}
