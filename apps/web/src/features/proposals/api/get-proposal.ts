import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type Proposal, proposalKey } from './proposal.types';

export function getProposal(id: string) {
  return api<Proposal>(`/proposals/${id}`);
}

export function useProposal(id: string) {
  return useQuery({ queryKey: proposalKey(id), queryFn: () => getProposal(id) });
}
