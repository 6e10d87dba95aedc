import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { PeopleSearch, Person } from './people.types';

/** total stops at 1,000 (totalCapped); nextCursor pages on by keyset (the table pages by page number). */
export type PeoplePage = {
  items: Person[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  nextCursor: string | null;
};

export const DEFAULT_PAGE_SIZE = 20;

export function searchPeople(search: PeopleSearch) {
  return api<PeoplePage>('/people', {
    query: {
      q: search.q,
      unitId: search.unitId,
      page: search.page ?? 1,
      pageSize: search.pageSize ?? DEFAULT_PAGE_SIZE,
      sort: search.sort ?? 'name',
    },
  });
}

export function usePeople(search: PeopleSearch) {
  return useQuery({
    queryKey: ['people', 'list', search],
    queryFn: () => searchPeople(search),
    placeholderData: keepPreviousData,
  });
}
