import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type LifeCycleAction =
  | { kind: 'disable'; id: string }
  | { kind: 'enable'; id: string }
  | { kind: 'reset-password'; id: string; temporaryPassword: string };

export function runLifeCycle(action: LifeCycleAction) {
  const body = action.kind === 'reset-password' ? { temporaryPassword: action.temporaryPassword } : {};
  return api<{ ok: true }>(`/users/${action.id}/${action.kind}`, { method: 'POST', body });
}

export function useUserLifeCycle() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: runLifeCycle,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
