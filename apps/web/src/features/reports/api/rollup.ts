import { useQuery, useQueryClient } from '@tanstack/react-query';
import { client, type Schema, unwrap } from '../../../lib/api/client';
import { postJsonWithProgress } from '../../../lib/post-with-progress';
import type { FormCode } from './reports.types';

// The receiving side of statistical reports: a ministry or the national body uploads the
// provinces' frozen JSON files and reads back the sum with each province beside it.

export type Rollup = Schema<'ReportRollup'>;
export type RollupGroup = Rollup['groups'][number];
export type RollupSender = RollupGroup['senders'][number];
export type RollupImportResult = Schema<'RollupImportResult'>['results'][number];

export function useRollup(form: FormCode, year: number) {
  return useQuery({
    queryKey: ['reports', 'rollup', form, year],
    queryFn: () => unwrap(client.GET('/reports/rollup', { params: { query: { form, year } } })),
  });
}

/**
 * Sends one province file (its text; the server parses and checks it, so a file that is not JSON
 * is refused with its own code) and reports the upload's progress.
 */
export async function importRollupFile(
  name: string,
  content: string,
  onProgress: (fraction: number) => void,
): Promise<RollupImportResult> {
  const out = await postJsonWithProgress<Schema<'RollupImportResult'>>(
    '/reports/rollup/imports',
    { files: [{ name, content }] satisfies Schema<'RollupImportInput'>['files'] },
    onProgress,
  );
  const [result] = out.results;
  if (!result) throw new Error('empty import answer');
  return result;
}

export function useInvalidateRollup() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: ['reports', 'rollup'] });
}
