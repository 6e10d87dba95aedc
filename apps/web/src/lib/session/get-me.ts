import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Permission } from '@vinhdanh/domain/auth/permissions';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { api, setCsrfToken } from '../api';

export type Me = {
  user: {
    id: string;
    username: string;
    fullName: string;
    tenantId: string;
    tenantName: string;
    tenantKind: 'PROVINCE' | 'MINISTRY' | 'NATIONAL';
    unitId: string;
    unitName: string;
    scopeUnitId: string;
    roles: Role[];
    personId: string | null;
    positionTitle: string | null;
    /** Scoped to the tenant's root: sees what is the tenant's as a whole (the fund). */
    isTenantWide: boolean;
  };
  permissions: Permission[];
  csrfToken: string;
  /** Until a new password is set, the console shows only the change form. */
  passwordChangeRequired: boolean;
  /** TOTP: enrolled; this session must still give a code; the account must enrol first. */
  mfa: { enabled: boolean; verificationRequired: boolean; enrolmentRequired: boolean };
  /** The server runs the demo trial: the console shows a banner. */
  demo: boolean;
};

export const meQueryKey = ['auth', 'me'] as const;

export const meQueryOptions = queryOptions({
  queryKey: meQueryKey,
  queryFn: async () => {
    const me = await api<Me>('/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  },
  staleTime: 5 * 60_000,
  retry: false,
});

export function useMe() {
  return useQuery(meQueryOptions);
}
