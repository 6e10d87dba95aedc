import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Choice } from './cast-ballot';
import { councilKey } from './council.types';

export type WrittenBallot = { memberUserId: string; itemId: string; choice: Choice };

export function recordWrittenBallot(sessionId: string, ballot: WrittenBallot) {
  return api<{ itemId: string; recorded: true }>(`/councils/${sessionId}/written-ballots`, {
    method: 'POST',
    body: ballot,
  });
}

export function useRecordWrittenBallot(sessionId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (ballot: WrittenBallot) => recordWrittenBallot(sessionId, ballot),
    onSettled: () => queryClient.invalidateQueries({ queryKey: councilKey(sessionId) }),
  });
}
