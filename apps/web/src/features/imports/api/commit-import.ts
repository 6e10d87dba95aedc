import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ImportJob } from './imports.types';

export type Confirmation = { key: string; choice: string };

export function commitImport(id: string, confirmations: Confirmation[]) {
  return api<ImportJob>(`/imports/${id}/commit`, { method: 'POST', body: { confirmations } });
}

export function useCommitImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; confirmations: Confirmation[] }) =>
      commitImport(input.id, input.confirmations),
    // Imported rows show on person pages and lists.
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
