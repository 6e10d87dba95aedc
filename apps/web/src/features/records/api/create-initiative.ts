import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';
import type { InitiativeInput } from './records.types';

export function createInitiative(input: InitiativeInput) {
  return api<{ id: string }>('/initiatives', { method: 'POST', body: input });
}

export function useCreateInitiative() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createInitiative, onSuccess: () => invalidateRecords(queryClient) });
}
