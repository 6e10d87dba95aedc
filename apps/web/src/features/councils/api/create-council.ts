import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type CouncilSession, type CreateCouncilInput, councilKey } from './council.types';

export function createCouncil(input: CreateCouncilInput) {
  return api<CouncilSession>('/councils', { method: 'POST', body: input });
}

export function useCreateCouncil() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCouncil,
    onSuccess: (s) => {
      queryClient.setQueryData(councilKey(s.id), s);
      // The list, and the proposal candidates the new session has taken up.
      void queryClient.invalidateQueries({ queryKey: ['councils'] });
      void queryClient.invalidateQueries({ queryKey: ['proposals'] });
    },
  });
}
