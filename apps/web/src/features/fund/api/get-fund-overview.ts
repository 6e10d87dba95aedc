import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { buildUrl } from '../../../lib/api';
import { client, unwrap } from '../../../lib/api/client';

export const fundQueryKey = ['fund'] as const;

export function getFundOverview(year: number) {
  return unwrap(client.GET('/fund', { params: { query: { year } } }));
}

/** The year's balance, receipts by source, payments by level and every entry. */
export function useFundOverview(year: number) {
  return useQuery({
    queryKey: [...fundQueryKey, 'overview', year],
    queryFn: () => getFundOverview(year),
    placeholderData: keepPreviousData,
  });
}

/** The finance office's workbook; a plain link, the browser sends the session cookie. */
export const fundXlsxUrl = (year: number) => buildUrl('/fund/export.xlsx', { year });
