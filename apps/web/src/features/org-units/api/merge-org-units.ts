import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type MergeOrgUnitsInput = {
  absorbedIds: string[];
  successor: { mode: 'EXISTING'; id: string };
  effectiveDate: string;
  decisionRef?: string;
};

export function mergeOrgUnits(input: MergeOrgUnitsInput) {
  return api<unknown>('/org-units/merge', { method: 'POST', body: input });
}

export function useMergeOrgUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: mergeOrgUnits,
    onSuccess: async () => {
      // People move to the successor, so both lists change.
      await queryClient.invalidateQueries({ queryKey: ['org-units'] });
      await queryClient.invalidateQueries({ queryKey: ['people'] });
    },
  });
}
