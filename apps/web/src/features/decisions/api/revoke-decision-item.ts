import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
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

/** Whether the decision is signed (its signature status): a signed one revokes by a revocation decision. */
export function useDecisionSigned(decisionId: string) {
  return useQuery({
    // The same key as the signature panel's query: one request, one cache entry.
    queryKey: ['decisions', decisionId, 'signature'],
    queryFn: () => api<{ signed: boolean }>(`/decisions/${decisionId}/signature`),
    select: (s) => s.signed,
  });
}

export type RevocationDecision = {
  decision: { id: string; number: string; signedOn: string; revokesDecisionId: string };
  signature: { signed: boolean; documents: { kind: string; status: string }[] };
};

/**
 * Revokes an award of a signed decision: the server issues a revocation decision (the register's
 * next number) signed with the organisation's seal, which records the revocation.
 */
export function useIssueRevocationDecision(decisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RevokeDecisionItemInput) =>
      api<RevocationDecision>(`/decisions/${decisionId}/revocation-decisions`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
