import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type CommentInput = { itemId: string; name: string; contact: string; text: string };

export function postComment(input: CommentInput) {
  return api<{ id: string; status: 'NEW' }>('/public/comments', { method: 'POST', body: input });
}

export function usePostComment() {
  return useMutation({ mutationFn: postComment });
}
