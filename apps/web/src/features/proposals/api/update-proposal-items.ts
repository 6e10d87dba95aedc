import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { CreateProposalInput } from './create-proposal';
import { type Proposal, proposalKey } from './proposal.types';

/** Replaces the nominee list of a draft or returned dossier (the history records what changed). */
export function useUpdateProposalItems(proposal: Pick<Proposal, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (items: CreateProposalInput['items']) =>
      api<Proposal>(`/proposals/${proposal.id}/items`, {
        method: 'PUT',
        body: { expectedVersion: proposal.version, items },
      }),
    onSuccess: (next) => {
      queryClient.setQueryData(proposalKey(next.id), next);
      void queryClient.invalidateQueries({ queryKey: ['proposals', 'list'] });
    },
  });
}
