import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export function useCastClusterBallot(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { voterUnitId: string; candidateUnitId: string }) =>
      api<{ recorded: true }>(`/clusters/${clusterId}/vote/ballots`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clusters'] }),
  });
}
