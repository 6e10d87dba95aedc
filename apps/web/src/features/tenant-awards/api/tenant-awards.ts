import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';

export type TenantAward = Schema<'TenantAward'>;
export type TenantAwardInput = Schema<'TenantAwardInput'>;

const key = ['tenant-awards'] as const;

export function useTenantAwards() {
  return useQuery({ queryKey: key, queryFn: () => unwrap(client.GET('/tenant-awards')) });
}

/** Saves a version; the catalogue every page names awards from changes with it. */
export function useSaveTenantAward() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TenantAwardInput) => unwrap(client.POST('/tenant-awards', { body })),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: key });
      void queryClient.invalidateQueries({ queryKey: ['award-catalogue'] });
    },
  });
}
