import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { client, type Schema, unwrap } from '../../../lib/api/client';

// What the model form picks by name instead of a pasted id: people (the server folds diacritics
// and keeps to the officer's scope), movements, and awards found by their recipient's name.

type PersonRow = { id: string; fullName: string; unitName: string; position: string | null };
export type AwardHit = Schema<'AwardHit'>;

const typed = (q: string) => q.trim().length >= 2;

export function usePersonOptions(q: string) {
  return useQuery({
    queryKey: ['people', 'model-subject', q],
    queryFn: () => api<{ items: PersonRow[] }>('/people', { query: { q, pageSize: 20 } }),
    enabled: typed(q),
  });
}

export function useMovementOptions() {
  return useQuery({
    queryKey: ['movements', 'model-picker'],
    queryFn: () => unwrap(client.GET('/movements')),
  });
}

/**
 * Awards whose recipient matches the name, in the proposing unit's subtree; or, once a person is
 * chosen, that person's own awards (a namesake's are never offered).
 */
export function useAwardOptions(q: string, unitId: string, subjectId?: string) {
  return useQuery({
    queryKey: ['awards', 'model-picker', subjectId ? '' : q, unitId, subjectId],
    queryFn: () =>
      unwrap(
        client.GET('/awards', {
          params: {
            query: subjectId
              ? { subjectId, pageSize: 100, ...(unitId ? { unitId } : {}) }
              : { q, pageSize: 20, ...(unitId ? { unitId } : {}) },
          },
        }),
      ),
    enabled: Boolean(subjectId) || typed(q),
  });
}
