import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { DocumentSettings } from './document-settings.types';

export function getDocumentSettings() {
  return api<DocumentSettings>('/document-settings');
}

export function useDocumentSettings() {
  return useQuery({ queryKey: ['document-settings'], queryFn: getDocumentSettings });
}
