import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** The number of people in the user's scope (one row fetched, the total is what matters). */
export function usePeopleTotal(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'total'],
    queryFn: () => api<{ total: number }>('/people', { query: { page: 1, pageSize: 1 } }),
    select: (data) => data.total,
    enabled,
  });
}
