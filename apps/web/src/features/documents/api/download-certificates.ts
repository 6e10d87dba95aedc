import { ui } from '../../../i18n/ui';
import { ApiError, toApiError } from '../../../lib/api';
import { fileNameOf } from '../../../lib/save-blob';
import { createPageCounter } from '../lib/pdf-page-counter';

export type CertificateLayout = 'full' | 'blank-stock';
export type CertificateProgress = { pages: number; total: number };

/**
 * Fetches a decision's certificates, reporting the pages as they arrive against the count the
 * server announces (x-certificate-count), and answers the PDF with its file name.
 */
export async function fetchCertificates(
  decisionId: string,
  layout: CertificateLayout,
  onProgress: (progress: CertificateProgress) => void,
  signal?: AbortSignal,
): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/decisions/${decisionId}/certificates.pdf?layout=${layout}`, {
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'NETWORK', ui.errors.NETWORK);
  }
  if (!response.ok || !response.body) throw await toApiError(response);
  const total = Number(response.headers.get('x-certificate-count') ?? 0);
  const counter = createPageCounter();
  const chunks: Uint8Array<ArrayBuffer>[] = [];
  const reader = response.body.getReader();
  onProgress({ pages: 0, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    // A stray match inside binary data must not show more pages than there are.
    onProgress({ pages: Math.min(counter.push(value), total), total });
  }
  onProgress({ pages: Math.min(counter.end(), total), total });
  return {
    blob: new Blob(chunks, { type: 'application/pdf' }),
    fileName: fileNameOf(response.headers.get('content-disposition'), 'giay-khen.pdf'),
  };
}
