import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { CellRecords, FormSearch } from './reports.types';

export type CellSearch = FormSearch & { row: string; column: string; page: number };

export function getCellRecords(search: CellSearch) {
  return api<CellRecords>('/reports/forms/records', { query: { ...search, pageSize: 50 } });
}

export function useCellRecords(search: CellSearch | null) {
  return useQuery({
    queryKey: ['reports', 'cell', search],
    queryFn: () => getCellRecords(search as CellSearch),
    enabled: search !== null,
  });
}
