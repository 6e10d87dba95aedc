import { useMutation } from '@tanstack/react-query';
import { ui } from '../../../i18n/ui';
import { ApiError, apiErrorFrom } from '../../../lib/api';
import { client, type Schema } from '../../../lib/api/client';
import { fileNameOf, saveBlob } from '../../../lib/save-blob';

export type YearSummaryRequest = Schema<'YearSummaryInput'>;

const post = (body: YearSummaryRequest) =>
  client.POST('/reports/year-summary.docx', { body, parseAs: 'blob' });

/** Drafts the year-end (or six-month) summary and hands the .docx to the browser; answers its name. */
export async function downloadYearSummary(body: YearSummaryRequest): Promise<string> {
  let result: Awaited<ReturnType<typeof post>>;
  try {
    result = await post(body);
  } catch {
    throw new ApiError(0, 'NETWORK', ui.errors.NETWORK);
  }
  const { data, error, response } = result;
  if (!response.ok || !data) throw apiErrorFrom(response.status, error);
  const name = fileNameOf(response.headers.get('content-disposition'), 'bao-cao-tong-ket.docx');
  saveBlob(data, name);
  return name;
}

export const useDownloadYearSummary = () => useMutation({ mutationFn: downloadYearSummary });
