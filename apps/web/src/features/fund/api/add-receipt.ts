import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../lib/api/client';
import type { FundReceiptInput } from './fund.types';
import { fundQueryKey } from './get-fund-overview';

export function addReceipt(body: FundReceiptInput) {
  return unwrap(client.POST('/fund/receipts', { body }));
}

export function useAddReceipt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: addReceipt,
    // The balance on the dashboard moves too.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: fundQueryKey }),
  });
}
