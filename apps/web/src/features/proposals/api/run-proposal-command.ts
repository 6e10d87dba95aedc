import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type Proposal, proposalKey } from './proposal.types';

/** Every workflow command is a POST to /proposals/{id}/<path> with the version the user saw. */
export type CommandPath =
  | 'submit-for-review'
  | 'submit'
  | 'receive'
  | 'forward'
  | 'start-appraisal'
  | 'complete-appraisal'
  | 'open-council'
  | 'public-comment/open'
  | 'public-comment/close'
  | 'return'
  | 'appraise-item'
  | 'reject'
  | 'components'
  | 'components/confirm-minutes'
  | 'comments/triage';

/** A command, or a component's file: the raw file as the body, the rest in the query. */
export type CommandInput =
  | { path: CommandPath; body?: Record<string, unknown> }
  | { path: 'components/file'; component: string; file: File };

export function runProposalCommand(proposal: Pick<Proposal, 'id' | 'version'>, input: CommandInput) {
  if (input.path === 'components/file') {
    return api<Proposal>(`/proposals/${proposal.id}/components/file`, {
      method: 'POST',
      query: { expectedVersion: proposal.version, component: input.component, name: input.file.name },
      body: input.file,
    });
  }
  return api<Proposal>(`/proposals/${proposal.id}/${input.path}`, {
    method: 'POST',
    body: { expectedVersion: proposal.version, ...input.body },
  });
}

/** The server answers with the whole proposal; it replaces the cached one. */
export function useProposalCommand(proposal: Pick<Proposal, 'id' | 'version'>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CommandInput) => runProposalCommand(proposal, input),
    onSuccess: (next) => {
      queryClient.setQueryData(proposalKey(next.id), next);
      void queryClient.invalidateQueries({ queryKey: ['proposals', 'list'] });
    },
  });
}
