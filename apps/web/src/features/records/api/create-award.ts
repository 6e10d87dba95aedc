import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';
import type { AwardInput } from './records.types';

export function createAward(input: AwardInput) {
  return api<{ id: string }>('/awards', { method: 'POST', body: input });
}

export function useCreateAward() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createAward, onSuccess: () => invalidateRecords(queryClient) });
}
