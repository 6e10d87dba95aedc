import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { MovementDetail } from './movements.types';

export function getMovement(id: string) {
  return api<MovementDetail>(`/movements/${id}`);
}

export function useMovement(id: string) {
  return useQuery({ queryKey: ['movements', 'detail', id], queryFn: () => getMovement(id) });
}
