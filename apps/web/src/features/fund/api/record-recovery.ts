import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, unwrap } from '../../../lib/api/client';
import { fundQueryKey } from './get-fund-overview';

export function recordRecovery(awardId: string) {
  return unwrap(client.POST('/fund/recoveries', { body: { awardId } }));
}

export function useRecordRecovery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordRecovery,
    onSettled: () => queryClient.invalidateQueries({ queryKey: fundQueryKey }),
  });
}
