import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type PublishedList = {
  proposalId: string;
  title: string;
  until: string;
  tenantName: string;
  items: { itemId: string; subjectName: string; unitName: string; awardCode: string; awardName: string }[];
};

/** Public: no session needed. */
export function listCommentLists() {
  return api<{ items: PublishedList[] }>('/public/comment-lists');
}

export function useCommentLists() {
  return useQuery({ queryKey: ['public', 'comment-lists'], queryFn: listCommentLists });
}
