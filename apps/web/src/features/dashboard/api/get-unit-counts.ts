import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

type UnitRow = { status: 'ACTIVE' | 'DISSOLVED' };

export function useUnitCounts(enabled: boolean) {
  return useQuery({
    queryKey: ['org-units', 'counts'],
    queryFn: () => api<{ items: UnitRow[] }>('/org-units'),
    select: (data) => ({
      active: data.items.filter((unit) => unit.status === 'ACTIVE').length,
      dissolved: data.items.filter((unit) => unit.status === 'DISSOLVED').length,
    }),
    enabled,
  });
}
