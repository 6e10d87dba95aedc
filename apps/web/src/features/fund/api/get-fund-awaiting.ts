import { useQuery } from '@tanstack/react-query';
import { client, unwrap } from '../../../lib/api/client';
import { fundQueryKey } from './get-fund-overview';

export function getFundAwaiting() {
  return unwrap(client.GET('/fund/awaiting'));
}

/** Decisions whose award money awaits payment, and revoked awards whose money is to come back. */
export function useFundAwaiting() {
  return useQuery({ queryKey: [...fundQueryKey, 'awaiting'], queryFn: getFundAwaiting });
}
