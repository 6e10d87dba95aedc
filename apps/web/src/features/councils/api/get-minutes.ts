import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { Minutes } from './council.types';

export function getMinutes(id: string) {
  return api<Minutes>(`/councils/${id}/minutes`);
}

export function useMinutes(id: string, enabled: boolean) {
  return useQuery({ queryKey: ['councils', id, 'minutes'], queryFn: () => getMinutes(id), enabled });
}
