import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { OrgUnit } from './org-units.types';

export type CreateOrgUnitInput = {
  parentId: string;
  code: string;
  name: string;
  type: string;
  validFrom: string;
};
export type RenameOrgUnitInput = {
  id: string;
  version: number;
  name: string;
  effectiveDate: string;
  decisionRef?: string;
};
export type SplitOrgUnitInput = {
  id: string;
  successors: { code: string; name: string; type: string }[];
  effectiveDate: string;
  decisionRef?: string;
};

export const createOrgUnit = (input: CreateOrgUnitInput) =>
  api<OrgUnit>('/org-units', { method: 'POST', body: input });

export const renameOrgUnit = ({ id, ...body }: RenameOrgUnitInput) =>
  api<OrgUnit>(`/org-units/${id}/rename`, { method: 'POST', body });

export const splitOrgUnit = ({ id, ...body }: SplitOrgUnitInput) =>
  api<{ items: OrgUnit[] }>(`/org-units/${id}/split`, { method: 'POST', body });

/** Any restructuring changes the tree, the unit pages and where people belong. */
function useRestructure<I, O>(fn: (input: I) => Promise<O>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['org-units'] });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}

export const useCreateOrgUnit = () => useRestructure(createOrgUnit);
export const useRenameOrgUnit = () => useRestructure(renameOrgUnit);
export const useSplitOrgUnit = () => useRestructure(splitOrgUnit);
