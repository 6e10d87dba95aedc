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
  // Revealing is a POST (with the session's CSRF token), audited by the server; the GET is masked.
  return reveal
    ? api<PersonDetail>(`/people/${encodeURIComponent(id)}/reveal`, { method: 'POST' })
    : api<PersonDetail>(`/people/${encodeURIComponent(id)}`);
}

/**
 * With `reveal`, the server unmasks sensitive fields (and audits the read) if the user may see them.
 * A revealed answer is neither refetched in the background nor kept once hidden: each reveal is one
 * deliberate, audited request.
 */
export function usePerson(id: string, reveal = false) {
  return useQuery({
    queryKey: ['people', 'detail', id, { reveal }],
    queryFn: () => getPerson(id, reveal),
    ...(reveal ? { gcTime: 0, staleTime: Number.POSITIVE_INFINITY, refetchOnWindowFocus: false } : {}),
  });
}
