import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';
import { TokenPluginMissingError, type TokenSigner } from '../lib/token-signer';

export type SignatureStatus = 'VALID' | 'INVALID' | 'MODIFIED' | 'UNSIGNED';

/**
 * The decision's signature as the API states it (generated from the OpenAPI document): DECISION and
 * CERTIFICATES signed here, or DECISION and one CERTIFICATE per award received signed from the
 * upper level (docs/interop.md).
 */
export type DecisionSignature = Schema<'DecisionSignature'>;

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

type TokenSession = {
  sessionId: string;
  signerName: string;
  documents: { kind: 'DECISION' | 'CERTIFICATES'; name: string; fileUrl: string; uploadUrl: string }[];
};

/**
 * Signs the decision and its certificates on the signer's own token: the server prepares both
 * files, the token signer (the VGCA plug-in) signs and uploads each, and the server keeps them.
 */
export function useSignDecisionWithToken(decisionId: string, signer: TokenSigner) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      if (!(await signer.isAvailable())) throw new TokenPluginMissingError();
      const session = await api<TokenSession>(`/decisions/${decisionId}/token-signing`, {
        method: 'POST',
        body: {},
      });
      const absolute = (path: string) => new URL(path, window.location.origin).toString();
      for (const doc of session.documents) {
        await signer.signFile({
          kind: doc.kind,
          name: doc.name,
          fileUrl: absolute(doc.fileUrl),
          uploadUrl: absolute(doc.uploadUrl),
          sessionId: session.sessionId,
        });
      }
      return api<DecisionSignature>(`/decisions/${decisionId}/token-signing/${session.sessionId}`, {
        method: 'POST',
        body: {},
      });
    },
    onSuccess: (signature) => {
      queryClient.setQueryData(key(decisionId), signature);
      void queryClient.invalidateQueries();
    },
  });
}
