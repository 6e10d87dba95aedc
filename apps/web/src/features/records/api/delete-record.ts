import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';
import { type RecordType, recordPath } from './record-paths';

export type DeletableRecord = RecordType;

export function deleteRecord({ type, id }: { type: DeletableRecord; id: string }) {
  return api<{ id: string }>(recordPath(type, id), { method: 'DELETE' });
}

export function useDeleteRecord() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: deleteRecord, onSuccess: () => invalidateRecords(queryClient) });
}
