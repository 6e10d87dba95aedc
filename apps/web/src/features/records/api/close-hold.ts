import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';

export type CloseHoldInput = { id: string; toDate: string; closedReason: string };

export function closeHold({ id, ...body }: CloseHoldInput) {
  return api<{ id: string }>(`/holds/${encodeURIComponent(id)}/close`, { method: 'POST', body });
}

export function useCloseHold() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: closeHold, onSuccess: () => invalidateRecords(queryClient) });
}
