import { PEOPLE_SORTS, type PeopleSearch, type PeopleSort } from '../features/people/api/people.types';

const positiveInt = (value: unknown) => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The people list keeps its filters in the URL, so a search can be bookmarked and shared. */
export function parsePeopleSearch(search: Record<string, unknown>): PeopleSearch {
  const result: PeopleSearch = {};
  if (typeof search.q === 'string' && search.q.trim()) result.q = search.q.trim().slice(0, 120);
  if (typeof search.unitId === 'string' && search.unitId) result.unitId = search.unitId;
  const page = positiveInt(search.page);
  if (page && page > 1) result.page = page;
  const pageSize = positiveInt(search.pageSize);
  if (pageSize && [20, 50, 100].includes(pageSize)) result.pageSize = pageSize;
  if (PEOPLE_SORTS.includes(search.sort as PeopleSort) && search.sort !== 'name')
    result.sort = search.sort as PeopleSort;
  return result;
}
