import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

/** Creates the Cờ thi đua proposal for the cluster's leading unit (one item, draft). */
export function useProposeClusterLeader(clusterId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api<{ id: string }>(`/clusters/${clusterId}/vote/proposal`, { method: 'POST', body: {} }),
    onSuccess: () => {
      queryClient.invalidateQueries({ queryKey: ['clusters'] });
      queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
}
