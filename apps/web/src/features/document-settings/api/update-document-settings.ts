import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DocumentSettings, DocumentSettingsInput } from './document-settings.types';

export function updateDocumentSettings(input: DocumentSettingsInput) {
  return api<DocumentSettings>('/document-settings', { method: 'PUT', body: input });
}

export function useUpdateDocumentSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDocumentSettings,
    onSuccess: (saved) => queryClient.setQueryData(['document-settings'], saved),
  });
}
