import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ExchangeReturnReason } from './incoming-dossiers';

// POST /api/proposals/{id}/send-up: the province sends (or, after a return, resends) a dossier the
// upper level decides as a sealed package (docs/interop.md). The proposal view carries where the
// package is (upperLevel) and whether this user may send it (allowedActions.sendUp).

export type UpperLevel = {
  status: 'SENDING' | 'DELIVERED' | 'DOWNLOADABLE' | 'RETURNED' | 'DECIDED';
  version: number;
  sentAt: string | null;
  returns: { at: string; reasons: ExchangeReturnReason[] }[];
  downloadHref: string | null;
};

/** The part of the proposal view the panel reads. */
export type SendUpProposal = {
  id: string;
  version: number;
  title: string;
  state: string;
  items: { id: string; subjectName: string }[];
  upperLevel?: UpperLevel | null;
  allowedActions: { sendUp?: boolean; submit: boolean };
};

export function useSendUp(proposal: Pick<SendUpProposal, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ exchange: { id: string; status: string; version: number } }>(
        `/proposals/${proposal.id}/send-up`,
        {
          method: 'POST',
          body: { expectedVersion: proposal.version },
        },
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
}
