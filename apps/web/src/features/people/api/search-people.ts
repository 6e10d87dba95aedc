import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { PeopleSearch, Person } from './people.types';

export type PeoplePage = { items: Person[]; total: number; page: number; pageSize: number };

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
