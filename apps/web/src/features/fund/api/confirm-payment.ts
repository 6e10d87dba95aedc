import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../lib/api/client';
import type { FundConfirmPaymentInput } from './fund.types';
import { fundQueryKey } from './get-fund-overview';

export function confirmPayment(body: FundConfirmPaymentInput) {
  return unwrap(client.POST('/fund/payments', { body }));
}

export function useConfirmPayment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: confirmPayment,
    // Refreshed on failure too: FUND_ALREADY_PAID means someone else paid it meanwhile.
    onSettled: () => queryClient.invalidateQueries({ queryKey: fundQueryKey }),
  });
}
