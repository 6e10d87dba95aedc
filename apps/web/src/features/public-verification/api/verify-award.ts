import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type AwardVerification = {
  code: string;
  status: 'VALID' | 'REVOKED';
  revokedOn: string | null;
  recipientName: string;
  unitLine: string;
  award: string;
  certificateKind: string;
  achievement: string | null;
  year: number;
  decisionNumber: string;
  decisionDate: string;
  issuer: string;
  registryNumber: number;
  tenantName: string;
};

/** Public: no session needed. */
export function verifyAward(code: string) {
  return api<AwardVerification>(`/public/verify/${encodeURIComponent(code)}`);
}

export function useAwardVerification(code: string) {
  return useQuery({ queryKey: ['public', 'verify', code], queryFn: () => verifyAward(code), retry: false });
}
