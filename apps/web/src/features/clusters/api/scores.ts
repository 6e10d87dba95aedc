import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ScoreChange, ScoreSheet } from './clusters.types';

type SheetRef = { memberUnitId: string; assessorUnitId: string };

export function useScoreSheet(clusterId: string, sheet: SheetRef | null) {
  return useQuery({
    queryKey: ['clusters', 'sheet', clusterId, sheet?.memberUnitId, sheet?.assessorUnitId],
    queryFn: () => api<ScoreSheet>(`/clusters/${clusterId}/scores`, { query: sheet ?? {} }),
    enabled: sheet !== null,
  });
}

export function useScoreChanges(clusterId: string) {
  return useQuery({
    queryKey: ['clusters', 'changes', clusterId],
    queryFn: () => api<{ items: ScoreChange[] }>(`/clusters/${clusterId}/score-changes`),
    select: (d) => d.items,
  });
}

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['clusters'] });
}

export type ScoreEntry = { criterionId: string; value: number; version?: number; reason?: string };

export function useSaveScores(clusterId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: SheetRef & { entries: ScoreEntry[] }) =>
      api<ScoreSheet>(`/clusters/${clusterId}/scores`, { method: 'POST', body: input }),
    onSuccess,
  });
}

export function useSubmitScores(clusterId: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: SheetRef) =>
      api<ScoreSheet>(`/clusters/${clusterId}/scores/submit`, { method: 'POST', body: input }),
    onSuccess,
  });
}

export function useEditScore() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string; version: number; value: number; reason?: string }) =>
      api(`/scores/${id}`, { method: 'PATCH', body }),
    onSuccess,
  });
}

export function useAddEvidence() {
  const onSuccess = useInvalidate();
  return useMutation({
    // The file is the raw body (the one upload path); its name goes in the query.
    mutationFn: ({ id, file }: { id: string; file: File }) =>
      api(`/scores/${id}/evidence`, { method: 'POST', query: { name: file.name }, body: file }),
    onSuccess,
  });
}
