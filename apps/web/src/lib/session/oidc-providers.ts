import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api';

export type OidcProvider = { id: string; label: string; startPath: string };

/** The single sign-on providers the server has configured (VNeID, the province SSO); often none. */
export const oidcProvidersQuery = queryOptions({
  queryKey: ['auth', 'oidc-providers'],
  queryFn: () => api<{ items: OidcProvider[] }>('/auth/oidc/providers'),
  staleTime: Number.POSITIVE_INFINITY,
});

export function useOidcProviders() {
  return useQuery(oidcProvidersQuery);
}
