import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// POST /api/proposals/{id}/send-up: the province sends (or, after a return, resends) a dossier the
// upper level decides as a sealed package (docs/interop.md). The proposal view carries where the
// package is (upperLevel) and whether this user may send it (allowedActions.sendUp).

export type UpperLevel = NonNullable<Schema<'ProposalUpperLevel'>>;

/** The part of the proposal view the panel reads (the proposals feature's Proposal fits it). */
export type SendUpProposal = {
  id: string;
  version: number;
  title: string;
  state: string;
  items: { id: string; subjectName: string }[];
  upperLevel: UpperLevel | null;
  allowedActions: { sendUp: boolean };
};

export function useSendUp(proposal: Pick<SendUpProposal, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap(
        client.POST('/proposals/{id}/send-up', {
          params: { path: { id: proposal.id } },
          body: { expectedVersion: proposal.version },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['proposals'] }),
  });
}
