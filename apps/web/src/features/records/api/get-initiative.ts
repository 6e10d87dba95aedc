import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export type Initiative = {
  id: string;
  title: string;
  type: string;
  scope: string;
  year: number;
  isApplied: boolean;
  isAccepted: boolean;
  recognizedBy: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  version: number;
  authors: { personId: string; fullName: string; sharePct: number }[];
};

export function getInitiative(id: string) {
  return api<Initiative>(`/initiatives/${encodeURIComponent(id)}`);
}

/** With all its authors, which a timeline row does not carry; keyed so record writes refresh it. */
export function useInitiative(id: string) {
  return useQuery({ queryKey: ['initiative', id], queryFn: () => getInitiative(id) });
}
