import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Person } from './people.types';

export type PersonDetail = {
  person: Person;
  employment: {
    unitId: string;
    unitName: string;
    position: string | null;
    fromDate: string;
    toDate: string | null;
  }[];
  ratings: { year: number; rating: string }[];
  awards: {
    year: number;
    awardCode: string;
    kind: string;
    decisionNumber: string | null;
    decisionDate: string | null;
    amountVnd: number | null;
    isRevoked: boolean;
  }[];
};

export function getPerson(id: string, reveal: boolean) {
  return api<PersonDetail>(`/people/${encodeURIComponent(id)}`, {
    query: { reveal: reveal ? '1' : undefined },
  });
}

/** With `reveal`, the server unmasks sensitive fields (and audits the read) if the user may see them. */
export function usePerson(id: string, reveal = false) {
  return useQuery({ queryKey: ['people', 'detail', id, { reveal }], queryFn: () => getPerson(id, reveal) });
}
