import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { OrgUnitHistoryItem } from './org-units.types';

/** Collective awards and ratings of the unit and of every unit merged into it. */
export function getOrgUnitHistory(id: string) {
  return api<{ items: OrgUnitHistoryItem[] }>(`/org-units/${encodeURIComponent(id)}/history`);
}

export function useOrgUnitHistory(id: string) {
  return useQuery({
    queryKey: ['org-units', 'history', id],
    queryFn: () => getOrgUnitHistory(id),
    select: (data) => data.items,
  });
}
