import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type PersonRow = { id: string; fullName: string; unitName: string };

/** People in scope matching the typed name (server folds diacritics), for the authors picker. */
export function searchAuthorOptions(q: string) {
  return api<{ items: PersonRow[] }>('/people', { query: { q, pageSize: 20 } });
}

export function useAuthorOptions(q: string) {
  return useQuery({
    queryKey: ['people', 'author-options', q],
    queryFn: () => searchAuthorOptions(q),
    enabled: q.trim().length >= 2,
  });
}
