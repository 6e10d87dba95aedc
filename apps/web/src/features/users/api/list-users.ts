import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';

// Generated from the server's OpenAPI document (`npm run api:types`), never hand-written.
export type User = Schema<'UserListItem'>;

export function listUsers() {
  return api<{ items: User[] }>('/users');
}

export function useUsers() {
  return useQuery({ queryKey: ['users', 'list'], queryFn: listUsers, select: (data) => data.items });
}
