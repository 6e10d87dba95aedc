import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../lib/api/client';
import type { FormSearch } from './reports.types';

export type CellSearch = FormSearch & { row: string; column: string; page: number };

export function getCellRecords(search: CellSearch) {
  return unwrap(client.GET('/reports/forms/records', { params: { query: { ...search, pageSize: 50 } } }));
}

export function useCellRecords(search: CellSearch | null) {
  return useQuery({
    queryKey: ['reports', 'cell', search],
    queryFn: () => getCellRecords(search as CellSearch),
    enabled: search !== null,
  });
}
