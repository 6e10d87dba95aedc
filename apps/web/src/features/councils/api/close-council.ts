import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type CouncilSession, councilKey } from './council.types';

export function closeCouncil(id: string, expectedVersion: number) {
  return api<CouncilSession>(`/councils/${id}/close`, { method: 'POST', body: { expectedVersion } });
}

export function useCloseCouncil(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (expectedVersion: number) => closeCouncil(id, expectedVersion),
    onSuccess: (s) => {
      queryClient.setQueryData(councilKey(id), s);
      void queryClient.invalidateQueries({ queryKey: ['councils', id, 'minutes'] });
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
}
