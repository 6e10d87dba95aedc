import { useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';

export type AuditEvent = Schema<'AuditEvent'>;

const PAGE_SIZE = 50;

export function listAuditEvents(before?: number) {
  return api<{ items: AuditEvent[] }>('/audit', { query: { before, limit: PAGE_SIZE } });
}

/** Newest first; each further page continues below the last sequence number seen. */
export function useAuditEvents() {
  return useInfiniteQuery({
    queryKey: ['audit', 'list'],
    queryFn: ({ pageParam }) => listAuditEvents(pageParam),
    initialPageParam: undefined as number | undefined,
    getNextPageParam: (last) => (last.items.length === PAGE_SIZE ? last.items.at(-1)?.seq : undefined),
  });
}
