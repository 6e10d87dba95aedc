import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { buildUrl } from '../../../lib/api';
import { client, type QueryOf, type Schema, unwrap } from '../../../lib/api/client';

// Frozen reports (chốt số liệu): who may sign, the freeze itself, and the list with its downloads.

export type ReportSnapshot = Schema<'ReportSnapshot'>;
export type ReportSigner = Schema<'ReportSignerList'>['items'][number];
export type FreezeRequest = Schema<'FreezeReportInput'>;
export type SnapshotSearch = QueryOf<'/reports/snapshots'>;

export function useReportSigners(unitId: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['reports', 'signers', unitId ?? null],
    queryFn: () => unwrap(client.GET('/reports/snapshots/signers', { params: { query: { unitId } } })),
    enabled,
  });
}

export function useReportSnapshots(search: SnapshotSearch) {
  return useQuery({
    queryKey: ['reports', 'snapshots', search],
    queryFn: () => unwrap(client.GET('/reports/snapshots', { params: { query: search } })),
  });
}

export function useFreezeReport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FreezeRequest) => unwrap(client.POST('/reports/snapshots', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['reports', 'snapshots'] }),
  });
}

/** Download links; the browser sends the session cookie and keeps the server's file name. */
export const snapshotFileUrl = (id: string, ext: 'xlsx' | 'json') =>
  buildUrl(`/reports/snapshots/${encodeURIComponent(id)}/export.${ext}`);

/** The first characters of a SHA-256: enough to compare by eye with the sender's copy. */
export const shortHash = (hash: string) => hash.slice(0, 12);
