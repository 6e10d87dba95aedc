import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { IssuedDecision } from './issue-decision';

export type ExternalDecisionInput = {
  proposalId: string;
  expectedVersion: number;
  number: string;
  signedOn: string;
  issuer: string;
  signer?: string;
  approvedItemIds: string[];
};

export function recordExternalDecision(input: ExternalDecisionInput) {
  return api<IssuedDecision>('/decisions/external', { method: 'POST', body: input });
}

export function useRecordExternalDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordExternalDecision,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
}
