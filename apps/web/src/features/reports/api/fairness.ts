import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ReportRecord } from './reports.types';

// Shapes of /api/reports/fairness (FairnessView) and its records and targets.

export type FairnessPoint = {
  key: string;
  count: number | null;
  isSuppressed: boolean;
  base: number;
  sharePct: number | null;
  isShort: boolean;
};

export type FairnessIndicator = {
  key: 'DIRECT_WORKER' | 'WOMEN' | 'MINORITY' | 'GRASSROOTS' | 'LEADER';
  label: string;
  baseLabel: string;
  targetPct: number | null;
  overall: FairnessPoint;
  byLevel: FairnessPoint[];
  byYear: FairnessPoint[];
};

export type FairnessView = {
  yearFrom: number;
  yearTo: number;
  unitId: string;
  unitName: string;
  indicators: FairnessIndicator[];
  units: { unitId: string; unitName: string; points: Record<string, FairnessPoint> }[];
};

export type FairnessSearch = { yearFrom: number; yearTo: number; unitId?: string | undefined };
export type FairnessRecordsSearch = FairnessSearch & {
  indicator: string;
  level?: string | undefined;
  page: number;
};

export function useFairness(search: FairnessSearch, enabled = true) {
  return useQuery({
    queryKey: ['reports', 'fairness', search],
    queryFn: () => api<FairnessView>('/reports/fairness', { query: search }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useFairnessRecords(search: FairnessRecordsSearch | null) {
  return useQuery({
    queryKey: ['reports', 'fairness-records', search],
    queryFn: () =>
      api<{ items: ReportRecord[]; total: number }>('/reports/fairness/records', {
        query: { ...search, pageSize: 50 },
      }),
    enabled: search !== null,
  });
}

export function useSaveTargets() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (targets: Record<string, number | null>) =>
      api<{ targets: Record<string, number> }>('/reports/targets', { method: 'PUT', body: targets }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['reports', 'fairness'] }),
  });
}
