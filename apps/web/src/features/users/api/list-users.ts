import { useQuery } from '@tanstack/react-query';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { api } from '../../../lib/api';

export type User = {
  id: string;
  username: string;
  fullName: string;
  roles: Role[];
  unitId: string;
  scopeUnitId: string;
  /** The linked person record (signer's name, council conflicts). */
  personId: string | null;
  personName: string | null;
  /** The title printed under the user's signature. */
  positionTitle: string | null;
  /** Where e-mail notices go; null: none. */
  email: string | null;
  disabled: boolean;
  mustChangePassword: boolean;
};

export function listUsers() {
  return api<{ items: User[] }>('/users');
}

export function useUsers() {
  return useQuery({ queryKey: ['users', 'list'], queryFn: listUsers, select: (data) => data.items });
}
