import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';
import type { ReportRecord } from './reports.types';

// Generated from the server's OpenAPI document (`npm run api:types`), never hand-written.
export type FairnessPoint = Schema<'FairnessPoint'>;
export type FairnessIndicator = Schema<'FairnessIndicator'>;
export type FairnessView = Schema<'FairnessView'>;

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
