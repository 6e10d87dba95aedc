import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type MoneySummary = {
  decision: { id: string; number: string; signedOn: string; issuer: string };
  totalVnd: number;
  totalInWords: string;
  count: number;
  revokedCount: number;
  byAward: { awardCode: string; awardName: string; count: number; totalVnd: number }[];
};

export function getMoneySummary(decisionId: string) {
  return api<MoneySummary>(`/decisions/${decisionId}/money-summary`);
}

export function useMoneySummary(decisionId: string) {
  return useQuery({
    queryKey: ['decisions', decisionId, 'money-summary'],
    queryFn: () => getMoneySummary(decisionId),
  });
}
