import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type PublicCommentRow = {
  id: string;
  itemId: string;
  name: string;
  contact: string;
  text: string;
  status: 'NEW' | 'UPHELD' | 'DISMISSED';
  triageNote: string | null;
  createdAt: string;
};

export function listComments(proposalId: string) {
  return api<{ items: PublicCommentRow[] }>(`/proposals/${proposalId}/comments`);
}

export function useProposalComments(proposalId: string, enabled: boolean) {
  return useQuery({
    queryKey: ['proposals', 'comments', proposalId],
    queryFn: () => listComments(proposalId),
    enabled,
  });
}
