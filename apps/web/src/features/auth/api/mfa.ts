import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { meQueryKey } from '../../../lib/session/get-me';

export type MfaEnrolment = { secret: string; otpauthUri: string; qrDataUrl: string };

export function useVerifyMfa() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) =>
      api<{ ok: true; recoveryCodesLeft: number | null }>('/auth/mfa/verify', {
        method: 'POST',
        body: { code },
      }),
    // The session may now do everything: every query is fetched again.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}

export function useStartMfaEnrolment() {
  return useMutation({
    mutationFn: () => api<MfaEnrolment>('/auth/mfa/enrolment', { method: 'POST', body: {} }),
  });
}

export function useEnableMfa() {
  return useMutation({
    mutationFn: (code: string) =>
      api<{ recoveryCodes: string[] }>('/auth/mfa/enable', { method: 'POST', body: { code } }),
  });
}

/** After the recovery codes were shown: reload who the user is, and with it every page. */
export function useFinishMfaEnrolment() {
  const queryClient = useQueryClient();
  return () =>
    queryClient.invalidateQueries({ queryKey: meQueryKey }).then(() => queryClient.invalidateQueries());
}
