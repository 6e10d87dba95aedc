import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { OrgUnit } from './org-units.types';

export function listOrgUnits() {
  return api<{ items: OrgUnit[] }>('/org-units');
}

export function useOrgUnits() {
  return useQuery({ queryKey: ['org-units', 'list'], queryFn: listOrgUnits, select: (data) => data.items });
}
