import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type IssueDecisionInput = {
  proposalId: string;
  expectedVersion: number;
  signedOn: string;
  signer: string;
  symbol?: string;
  approvedItemIds: string[];
};

export type IssuedDecision = {
  decision: { id: string; number: string; signedOn: string; seq: number | null };
  proposal: { items: { id: string; awardId: string | null }[] };
};

export function issueDecision(input: IssueDecisionInput) {
  return api<IssuedDecision>('/decisions/issue', { method: 'POST', body: input });
}

export function useIssueDecision() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: issueDecision,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
}
