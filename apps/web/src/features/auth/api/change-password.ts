import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meQueryKey } from '../../../lib/session/get-me';

export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export function changePassword(input: ChangePasswordInput) {
  return api<{ ok: true }>('/auth/password', { method: 'POST', body: input });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    // The forced-change flag is cleared: reload who the user is.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: meQueryKey }),
  });
}
