import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';

export type AuditEvent = Schema<'AuditEvent'>;

const PAGE_SIZE = 50;

export function listAuditEvents(cursor?: string) {
  return api<{ items: AuditEvent[]; nextCursor: string | null }>('/audit', {
    query: { cursor, limit: PAGE_SIZE },
  });
}

/** Newest first across the tenant's chains; each further page continues from the server's cursor. */
export function useAuditEvents() {
  return useInfiniteQuery({
    queryKey: ['audit', 'list'],
    queryFn: ({ pageParam }) => listAuditEvents(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });
}
