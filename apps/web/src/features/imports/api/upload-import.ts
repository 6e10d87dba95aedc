import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';
import type { ImportJob, ImportKind } from './imports.types';

/** The file as base64, the shape the upload endpoint takes. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

export async function uploadImport(kind: ImportKind, file: File): Promise<ImportJob> {
  const contentBase64 = await readBase64(file);
  return api<ImportJob>('/imports', { method: 'POST', body: { kind, fileName: file.name, contentBase64 } });
}

export function useUploadImport() {
  return useMutation({
    mutationFn: (input: { kind: ImportKind; file: File }) => uploadImport(input.kind, input.file),
  });
}
