import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../lib/api/client';

/** The number of people in the user's scope, exact (the people list counts only up to 1,000). */
export function usePeopleTotal(enabled: boolean) {
  return useQuery({
    queryKey: ['people', 'total'],
    queryFn: () => unwrap(client.GET('/people/count')),
    select: (data) => data.total,
    enabled,
  });
}
