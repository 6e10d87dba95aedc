import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { MovementSummary } from './movements.types';

export function getMovements(year?: number) {
  return api<{ items: MovementSummary[] }>('/movements', { query: { year } });
}

export function useMovements(year?: number) {
  return useQuery({
    queryKey: ['movements', 'list', year],
    queryFn: () => getMovements(year),
    select: (d) => d.items,
  });
}
