import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import { type CouncilSession, councilKey } from './council.types';

/** The secretary opens the meeting (khai mạc) before its date: members can vote from then on. */
export function openCouncil(id: string, expectedVersion: number) {
  return api<CouncilSession>(`/councils/${id}/open`, { method: 'POST', body: { expectedVersion } });
}

export function useOpenCouncil(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (expectedVersion: number) => openCouncil(id, expectedVersion),
    onSuccess: (s) => queryClient.setQueryData(councilKey(id), s),
  });
}
