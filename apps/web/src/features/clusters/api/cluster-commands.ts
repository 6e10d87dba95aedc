import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ClusterDetail, CreateClusterInput, Criterion } from './clusters.types';

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['clusters'] });
}

export function useCreateCluster() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateClusterInput) =>
      api<ClusterDetail>('/clusters', { method: 'POST', body: input }),
    onSuccess,
  });
}

export function useSaveTemplate(id: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: { name: string; criteria: Omit<Criterion, 'id'>[] }) =>
      api<ClusterDetail>(`/clusters/${id}/template`, { method: 'POST', body: input }),
    onSuccess,
  });
}
