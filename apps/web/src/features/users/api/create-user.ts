import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { api } from '../../../lib/api';
import type { User } from './list-users';

export type CreateUserInput = {
  username: string;
  fullName: string;
  password: string;
  roles: Role[];
  unitId: string;
  scopeUnitId?: string;
  personId?: string | null;
  positionTitle?: string | null;
  email?: string | null;
};

export function createUser(input: CreateUserInput) {
  return api<User>('/users', { method: 'POST', body: input });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['users'] }),
  });
}
