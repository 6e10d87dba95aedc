import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Proposal } from './proposal.types';

export type CreateProposalInput = {
  kind: string;
  title: string;
  year: number;
  submittingUnitId: string;
  items: {
    subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
    subjectId: string;
    awardCode: string;
    achievement?: string;
  }[];
  splitByDecider?: boolean;
};

export function createProposal(input: CreateProposalInput) {
  return api<{ proposals: Proposal[] }>('/proposals', { method: 'POST', body: input });
}

export function useCreateProposal() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createProposal,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
}
