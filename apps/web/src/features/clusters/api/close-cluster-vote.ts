import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ClusterDetail } from './clusters.types';

export function useCloseClusterVote(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number }) =>
      api<ClusterDetail>(`/clusters/${clusterId}/vote/close`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['clusters'] }),
  });
}
