import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { formatTotal } from '../../../lib/format';

/** The number of people in the user's scope (one row fetched, the total is what matters). */
export function usePeopleTotal(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'total'],
    queryFn: () =>
      api<{ total: number; totalCapped: boolean }>('/people', { query: { page: 1, pageSize: 1 } }),
    // The server counts up to 1,000: a large scope reads "hơn 1.000".
    select: formatTotal,
    enabled,
  });
}
