import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ClusterDetail } from './clusters.types';

export function useOpenClusterVote(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { candidateCount?: number }) =>
      api<ClusterDetail>(`/clusters/${clusterId}/vote`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clusters'] }),
  });
}
