import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { councilKey } from './council.types';

export type Choice = 'YES' | 'NO' | 'ABSTAIN';
export type BallotChoice = { itemId: string; choice: Choice };

/** The member's whole ballot in one request, after the confirmation; final once accepted. */
export function castBallot(sessionId: string, choices: BallotChoice[]) {
  return api<{ items: number; recorded: true }>(`/councils/${sessionId}/ballots`, {
    method: 'POST',
    body: { choices },
  });
}

export function useCastBallot(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (choices: BallotChoice[]) => castBallot(sessionId, choices),
    onSettled: () => queryClient.invalidateQueries({ queryKey: councilKey(sessionId) }),
  });
}
