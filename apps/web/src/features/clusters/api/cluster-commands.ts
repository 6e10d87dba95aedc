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

export type ElectLeadershipInput = {
  version: number;
  termYear: number;
  headUnitId: string;
  deputyUnitId: string | null;
  electedOn: string;
};

export function useElectLeadership(id: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: ElectLeadershipInput) =>
      api<ClusterDetail>(`/clusters/${id}/leadership`, { method: 'POST', body: input }),
    onSuccess,
  });
}

export type PledgeInput = {
  title: string;
  content?: string;
  signedOn: string;
  signatories: { unitId: string; signerName: string }[];
};

export function useAddPledge(id: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: PledgeInput) =>
      api<ClusterDetail>(`/clusters/${id}/pledges`, { method: 'POST', body: input }),
    onSuccess,
  });
}
