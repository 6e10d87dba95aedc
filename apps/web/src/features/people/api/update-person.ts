import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Person, PersonInput } from './people.types';

/** Only changed fields are sent; `version` guards against overwriting someone else's edit. */
export type UpdatePersonInput = Partial<PersonInput> & { version: number };

export function updatePerson(id: string, input: UpdatePersonInput) {
  return api<Person>(`/people/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function useUpdatePerson(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdatePersonInput) => updatePerson(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['people'] }),
  });
}
