import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type CouncilPage, type CouncilStatus, councilListKey } from './council.types';

export const COUNCIL_PAGE_SIZE = 20;

export function listCouncils(page: number, status?: CouncilStatus) {
  return api<CouncilPage>('/councils', { query: { page, pageSize: COUNCIL_PAGE_SIZE, status } });
}

export function useCouncilList(page: number, status?: CouncilStatus) {
  return useQuery({
    queryKey: [...councilListKey, page, status ?? 'ALL'],
    queryFn: () => listCouncils(page, status),
    placeholderData: keepPreviousData,
  });
}
