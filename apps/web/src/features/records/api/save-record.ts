import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../../../lib/api';
import { changedFields } from '../lib/record-changes';
import { invalidateRecords } from './invalidate-records';
import { type RecordType, recordPath } from './record-paths';

/** The record being edited: its id, the version it was read at, and the values the form started from. */
export type RecordEdit<V> = { id: string; version: number; values: V };

/** A form either adds a record for a subject or edits one. */
export type RecordTarget<V> =
  | { subjectId: string; edit?: undefined }
  | { subjectId?: undefined; edit: RecordEdit<V> };

/**
 * PATCHes only what changed, with the version it was read at; the server refuses a stale
 * version (409 VERSION_CONFLICT). Nothing changed: nothing is sent.
 */
export function updateRecord<V extends Record<string, unknown>>(
  type: RecordType,
  edit: RecordEdit<V>,
  after: V,
  together: readonly (readonly (keyof V)[])[] = [],
) {
  const changes = changedFields(edit.values, after, together);
  if (Object.keys(changes).length === 0) return Promise.resolve(null);
  return api<{ id: string; version: number }>(recordPath(type, edit.id), {
    method: 'PATCH',
    body: { version: edit.version, ...changes },
  });
}

/**
 * One mutation for a record form, adding or editing. Someone else saving first (409) leaves the
 * server's message on the form and reloads the timeline, so the next save starts from their version.
 */
export function useSaveRecord<V>(save: (values: V) => Promise<unknown>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: save,
    onSuccess: () => invalidateRecords(queryClient),
    onError: (error) => {
      if (isApiError(error, 'VERSION_CONFLICT')) void invalidateRecords(queryClient);
    },
  });
}
