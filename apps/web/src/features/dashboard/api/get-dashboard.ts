import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

// Shape of /api/reports/dashboard (Dashboard in the OpenAPI document).
export type Dashboard = {
  year: number;
  unitName: string;
  awardsByLevel: { level: string; thisYear: number; lastYear: number; moneyVnd: number }[];
  trend: { year: number; awards: number; moneyVnd: number }[];
  eligibleNotProposed: number | null;
  queue: { state: string; due: string; n: number }[] | null;
  fairness:
    | { key: string; label: string; sharePct: number | null; targetPct: number | null; isShort: boolean }[]
    | null;
};

export function useDashboard(enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'dashboard'],
    queryFn: () => api<Dashboard>('/reports/dashboard'),
    enabled,
  });
}
