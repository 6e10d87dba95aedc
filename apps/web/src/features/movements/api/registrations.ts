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
    mutationFn: (input: { year: number; movementId?: string | null; contentBase64: string }) =>
      api<{ created: number; errors: { row: number; message: string }[] }>('/registrations/import', {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['movements'] }),
  });
}

export function registrationsExportUrl(movementId: string) {
  return buildUrl('/registrations/export.xlsx', { movementId });
}
