import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';
import type { DisciplineInput } from './records.types';

export function createDiscipline(input: DisciplineInput) {
  return api<{ id: string }>('/disciplines', { method: 'POST', body: input });
}

export function useCreateDiscipline() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createDiscipline, onSuccess: () => invalidateRecords(queryClient) });
}
