import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { MemberCandidate, ProposalCandidate } from './council.types';

// The pickers of the "new session" form, for the unit whose council sits.

export function getMemberCandidates(unitId: string) {
  return api<{ items: MemberCandidate[]; minMembers: number }>('/councils/member-candidates', {
    query: { unitId },
  });
}

export function getProposalCandidates(unitId: string) {
  return api<{ items: ProposalCandidate[] }>('/councils/proposal-candidates', { query: { unitId } });
}

export function useMemberCandidates(unitId: string | null) {
  return useQuery({
    queryKey: ['councils', 'member-candidates', unitId],
    queryFn: () => getMemberCandidates(unitId ?? ''),
    enabled: Boolean(unitId),
    select: (d) => d.items,
  });
}

/** The tenant's minimum council size, from the same response as the member picker. */
export function useCouncilMinMembers(unitId: string | null) {
  return useQuery({
    queryKey: ['councils', 'member-candidates', unitId],
    queryFn: () => getMemberCandidates(unitId ?? ''),
    enabled: Boolean(unitId),
    select: (d) => d.minMembers,
  });
}

export function useProposalCandidates(unitId: string | null) {
  return useQuery({
    queryKey: ['councils', 'proposal-candidates', unitId],
    queryFn: () => getProposalCandidates(unitId ?? ''),
    enabled: Boolean(unitId),
    select: (d) => d.items,
  });
}
