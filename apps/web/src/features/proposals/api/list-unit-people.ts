import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type UnitPerson = { id: string; fullName: string };

/** People of the submitting unit (and its sub-units) matching the search, to pick nominees from. */
export function listUnitPeople(unitId: string, q: string) {
  return api<{ items: UnitPerson[] }>('/people', { query: { unitId, q, pageSize: 50 } });
}

export function useUnitPeople(unitId: string | null, q: string) {
  return useQuery({
    queryKey: ['proposals', 'unit-people', unitId, q],
    queryFn: () => listUnitPeople(unitId ?? '', q),
    enabled: unitId !== null,
    placeholderData: keepPreviousData,
  });
}
