import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';
import type { RatingInput } from './records.types';

export function createRating(input: RatingInput) {
  return api<{ id: string }>('/ratings', { method: 'POST', body: input });
}

export function useCreateRating() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createRating, onSuccess: () => invalidateRecords(queryClient) });
}
