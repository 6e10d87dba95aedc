import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { OrgUnitDetail } from './org-units.types';

export function getOrgUnit(id: string) {
  return api<OrgUnitDetail>(`/org-units/${encodeURIComponent(id)}`);
}

export function useOrgUnit(id: string) {
  return useQuery({ queryKey: ['org-units', 'detail', id], queryFn: () => getOrgUnit(id) });
}
