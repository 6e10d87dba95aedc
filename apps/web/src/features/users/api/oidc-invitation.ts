import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type OidcInvitation = { code: string; expiresAt: string };

/** A new invitation code for one officer account's first VNeID / SSO login (shown once). */
export function useOidcInvitation() {
  return useMutation({
    mutationFn: (userId: string) =>
      api<OidcInvitation>(`/users/${userId}/oidc-invitation`, { method: 'POST', body: {} }),
  });
}
