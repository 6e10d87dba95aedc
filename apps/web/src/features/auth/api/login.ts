import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, setCsrfToken } from '../../../lib/api';
import { meQueryOptions } from '../../../lib/session/get-me';

export type LoginInput = { username: string; password: string };

export function login(input: LoginInput) {
  return api<{ ok: true; passwordChangeRequired: boolean }>('/auth/login', { method: 'POST', body: input });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: async () => {
      // A new session means a new CSRF token and new permissions.
      setCsrfToken(null);
      queryClient.removeQueries();
      await queryClient.fetchQuery(meQueryOptions);
    },
  });
}
