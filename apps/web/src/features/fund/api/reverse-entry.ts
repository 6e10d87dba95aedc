import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../lib/api/client';
import type { FundReversalInput } from './fund.types';
import { fundQueryKey } from './get-fund-overview';

export function reverseEntry(id: string, body: FundReversalInput) {
  return unwrap(client.POST('/fund/entries/{id}/reversal', { params: { path: { id } }, body }));
}

export function useReverseEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: FundReversalInput & { id: string }) => reverseEntry(id, body),
    onSettled: () => queryClient.invalidateQueries({ queryKey: fundQueryKey }),
  });
}
