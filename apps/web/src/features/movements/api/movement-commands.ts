import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { CreateMovementInput, MovementDetail, MovementSummary } from './movements.types';

function useInvalidate() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['movements'] });
}

export function useCreateMovement() {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: CreateMovementInput) =>
      api<MovementDetail>('/movements', { method: 'POST', body: input }),
    onSuccess,
  });
}

export function useTransitionMovement(id: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    mutationFn: (input: { version: number; to: MovementSummary['state'] }) =>
      api<MovementDetail>(`/movements/${id}/transition`, { method: 'POST', body: input }),
    onSuccess,
  });
}

export function useAttachMovementDocument(id: string) {
  const onSuccess = useInvalidate();
  return useMutation({
    // The file is the raw body (the one upload path); the version and its name go in the query.
    mutationFn: ({ version, file }: { version: number; file: File }) =>
      api<MovementDetail>(`/movements/${id}/document`, {
        method: 'POST',
        query: { version, name: file.name },
        body: file,
      }),
    onSuccess,
  });
}
