import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';

// Generated from the server's OpenAPI document (`npm run api:types`), never hand-written.
export type PersonDetail = Schema<'PersonDetail'>;

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
