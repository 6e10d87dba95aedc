import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl } from '../../../lib/api';
import type { Schema } from '../../../lib/api/client';

export type CreateRegistrationInput = Schema<'CreateRegistrationInput'>;

export function useCreateRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CreateRegistrationInput) => api('/registrations', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function useImportRegistrations() {
  const queryClient = useQueryClient();
  return useMutation({
    // The workbook is the raw body (the one upload path); year and movement go in the query.
    mutationFn: ({ file, ...query }: { year: number; movementId?: string | null; file: File }) =>
      api<Schema<'RegistrationImportResult'>>('/registrations/import', {
        method: 'POST',
        query: { ...query, name: file.name },
        body: file,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function registrationsExportUrl(movementId: string) {
  return buildUrl('/registrations/export.xlsx', { movementId });
}
