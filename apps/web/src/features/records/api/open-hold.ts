import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';
import type { HoldInput } from './records.types';

export function openHold(input: HoldInput) {
  return api<{ id: string }>('/holds', { method: 'POST', body: input });
}

export function useOpenHold() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: openHold, onSuccess: () => invalidateRecords(queryClient) });
}
