import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type SignatureStatus = 'VALID' | 'INVALID' | 'MODIFIED' | 'UNSIGNED';

export type DecisionSignature = {
  signed: boolean;
  signerName: string | null;
  signedAt: string | null;
  documents: {
    kind: 'DECISION' | 'CERTIFICATES';
    name: string;
    sha256: string;
    sizeBytes: number;
    method: string;
    signerName: string;
    signedAt: string;
    status: SignatureStatus;
  }[];
};

const key = (decisionId: string) => ['decisions', decisionId, 'signature'];

export function useDecisionSignature(decisionId: string) {
  return useQuery({
    queryKey: key(decisionId),
    queryFn: () => api<DecisionSignature>(`/decisions/${decisionId}/signature`),
  });
}

/** Signs the decision and its certificates with the organisation's seal (server side). */
export function useSignDecisionWithSeal(decisionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<DecisionSignature>(`/decisions/${decisionId}/signature`, {
        method: 'POST',
        body: { method: 'SEAL' },
      }),
    onSuccess: (signature) => {
      queryClient.setQueryData(key(decisionId), signature);
      // The awards of a signed decision can no longer be edited: their panels read again.
      void queryClient.invalidateQueries();
    },
  });
}
