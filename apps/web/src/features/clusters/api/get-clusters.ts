import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ClusterDetail, ClusterSummary } from './clusters.types';

export function useClusters(year?: number) {
  return useQuery({
    queryKey: ['clusters', 'list', year],
    queryFn: () => api<{ items: ClusterSummary[] }>('/clusters', { query: { year } }),
    select: (d) => d.items,
  });
}

export function useCluster(id: string) {
  return useQuery({
    queryKey: ['clusters', 'detail', id],
    queryFn: () => api<ClusterDetail>(`/clusters/${id}`),
  });
}
