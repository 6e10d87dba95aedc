import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { buildUrl } from '../../../lib/api';
import { client, unwrap } from '../../../lib/api/client';
import type { FormSearch } from './reports.types';

export function getStatisticalForm(search: FormSearch) {
  return unwrap(client.GET('/reports/forms', { params: { query: search } }));
}

export function useStatisticalForm(search: FormSearch) {
  return useQuery({
    queryKey: ['reports', 'form', search],
    queryFn: () => getStatisticalForm(search),
    placeholderData: keepPreviousData,
  });
}

/** Download links; the browser sends the session cookie. */
export const formFileUrl = (search: FormSearch, ext: 'xlsx' | 'pdf') =>
  buildUrl(`/reports/forms/export.${ext}`, search);
