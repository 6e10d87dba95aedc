import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl } from '../../../lib/api';

export type CreateRegistrationInput = {
  year: number;
  movementId?: string | null;
  unitId: string;
  personId?: string | null;
  targetAwards: string[];
  note?: string | null;
};

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
      api<{ created: number; errors: { row: number; message: string }[] }>('/registrations/import', {
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
