import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, buildUrl } from '../../../lib/api';
import { recordPath } from './record-paths';

/** The record types that carry evidence files (minh chứng). */
export type FileRecordType = 'initiative' | 'award';

export type EvidenceFile = {
  id: string;
  name: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
};

const filesPath = (type: FileRecordType, id: string) => `${recordPath(type, id)}/files`;
const key = (type: FileRecordType, id: string) => ['record-files', type, id];

/** The download link; the browser sends the session cookie. */
export const evidenceFileUrl = (type: FileRecordType, id: string, fileId: string) =>
  buildUrl(`${filesPath(type, id)}/${encodeURIComponent(fileId)}`);

export function useEvidenceFiles(type: FileRecordType, id: string) {
  return useQuery({
    queryKey: key(type, id),
    queryFn: () => api<{ items: EvidenceFile[] }>(filesPath(type, id)),
  });
}

export function useUploadEvidenceFile(type: FileRecordType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    // The file itself is the body (up to 10 MB); its name travels in the query.
    mutationFn: (file: File) =>
      api<EvidenceFile>(filesPath(type, id), { method: 'POST', body: file, query: { name: file.name } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(type, id) }),
  });
}

export function useDeleteEvidenceFile(type: FileRecordType, id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (fileId: string) =>
      api<{ id: string }>(`${filesPath(type, id)}/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(type, id) }),
  });
}
