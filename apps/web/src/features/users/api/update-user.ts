import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { api } from '../../../lib/api';
import type { User } from './list-users';

export type UpdateUserInput = {
  fullName?: string;
  roles?: Role[];
  personId?: string | null;
  positionTitle?: string | null;
  email?: string | null;
};

export function updateUser(id: string, input: UpdateUserInput) {
  return api<User>(`/users/${id}`, { method: 'PATCH', body: input });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UpdateUserInput }) => updateUser(id, input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
