import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type CouncilSession, councilKey } from './council.types';

export function getCouncil(id: string) {
  return api<CouncilSession>(`/councils/${id}`);
}

export function useCouncil(id: string) {
  return useQuery({ queryKey: councilKey(id), queryFn: () => getCouncil(id) });
}
