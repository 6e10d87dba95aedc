import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type EarlierPostInput = { unitId: string; position: string; fromDate: string; toDate: string };

/** A post held before the current one, for the work history and the cống hiến report. */
export function useAddEarlierPost(personId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: EarlierPostInput) =>
      api(`/people/${encodeURIComponent(personId)}/employment`, { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}
