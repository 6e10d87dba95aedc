import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';

export type DeletableRecord = 'rating' | 'award' | 'initiative' | 'discipline' | 'hold';

const PATHS: Record<DeletableRecord, string> = {
  rating: '/ratings',
  award: '/awards',
  initiative: '/initiatives',
  discipline: '/disciplines',
  hold: '/holds',
};

export function deleteRecord({ type, id }: { type: DeletableRecord; id: string }) {
  return api<{ id: string }>(`${PATHS[type]}/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useDeleteRecord() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteRecord, onSuccess: () => invalidateRecords(queryClient) });
}
