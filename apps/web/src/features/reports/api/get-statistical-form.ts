import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, buildUrl } from '../../../lib/api';
import type { FormSearch, StatisticalForm } from './reports.types';

export function getStatisticalForm(search: FormSearch) {
  return api<StatisticalForm>('/reports/forms', { query: search });
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
