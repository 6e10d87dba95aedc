import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { invalidateRecords } from './invalidate-records';

export type RevokeAwardInput = { id: string; version: number; ground: string; revokedOn: string };

export function revokeAward({ id, ...body }: RevokeAwardInput) {
  return api<{ id: string }>(`/awards/${encodeURIComponent(id)}/revoke`, { method: 'POST', body });
}

export function useRevokeAward() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: revokeAward, onSuccess: () => invalidateRecords(queryClient) });
}
