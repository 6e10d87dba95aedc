import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ProposalPage } from './proposal.types';

/** The three lists: every visible proposal, "Chờ tôi xử lý" (queue) and "Quá hạn" (overdue). */
export type ProposalListKind = 'all' | 'queue' | 'overdue';

const PATHS: Record<ProposalListKind, string> = {
  all: '/proposals',
  queue: '/proposals/queue',
  overdue: '/proposals/overdue',
};

export function listProposals(kind: ProposalListKind, page: number) {
  return api<ProposalPage>(PATHS[kind], { query: { page, pageSize: 20 } });
}

export function useProposalList(kind: ProposalListKind, page: number) {
  return useQuery({
    queryKey: ['proposals', 'list', kind, page],
    queryFn: () => listProposals(kind, page),
    placeholderData: keepPreviousData,
  });
}
