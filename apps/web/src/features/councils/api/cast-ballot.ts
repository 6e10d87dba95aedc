import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { councilKey } from './council.types';

export type Choice = 'YES' | 'NO' | 'ABSTAIN';

export function castBallot(sessionId: string, itemId: string, choice: Choice) {
  return api<{ itemId: string; recorded: true }>(`/councils/${sessionId}/ballots`, {
    method: 'POST',
    body: { itemId, choice },
  });
}

export function useCastBallot(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { itemId: string; choice: Choice }) => castBallot(sessionId, v.itemId, v.choice),
    onSettled: () => queryClient.invalidateQueries({ queryKey: councilKey(sessionId) }),
  });
}
