import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type RevokeDecisionItemInput = {
  awardId: string;
  ground: 'a' | 'b' | 'c' | 'd';
  revokedOn: string;
  reason: string;
  recoverCertificate: boolean;
  recoverMoney: boolean;
};

export function revokeDecisionItem(decisionId: string, input: RevokeDecisionItemInput) {
  return api<unknown>(`/decisions/${decisionId}/revocations`, { method: 'POST', body: input });
}

export function useRevokeDecisionItem(decisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RevokeDecisionItemInput) => revokeDecisionItem(decisionId, input),
    // The award's standing shows on the proposal, the person's records and the public page.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
