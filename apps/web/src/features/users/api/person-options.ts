import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type PersonHit = { id: string; fullName: string; unitName?: string };

/** People matching a typed name, for linking an account to its person record. */
export function usePersonOptions(q: string) {
  return useQuery({
    queryKey: ['users', 'person-options', q],
    queryFn: () =>
      api<{ items: PersonHit[] }>('/people', { query: { q, page: 1, pageSize: 20, sort: 'name' } }),
    enabled: q.trim().length >= 2,
    select: (data) =>
      data.items.map((p) => ({
        value: p.id,
        label: p.unitName ? `${p.fullName} — ${p.unitName}` : p.fullName,
      })),
  });
}
