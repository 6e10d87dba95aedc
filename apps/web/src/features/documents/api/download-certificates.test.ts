import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchCertificates } from './download-certificates';

const page = (i: number) => `${i} 0 obj\n<<\n/Type /Page\n/Parent 1 0 R\n>>\nendobj\n`;

function streamOf(parts: string[]) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of parts) controller.enqueue(encoder.encode(part));
      controller.close();
    },
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('fetchCertificates', () => {
  it('reports the pages as they arrive and answers the PDF with its Vietnamese file name', async () => {
    const body = [
      '%PDF-1.3\n',
      page(3).slice(0, 20),
      page(3).slice(20),
      page(4),
      '1 0 obj\n<< /Type /Pages >>',
    ];
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(streamOf(body), {
            headers: {
              'content-type': 'application/pdf',
              'x-certificate-count': '2',
              'content-disposition': `attachment; filename="giay-khen-2-Qd.pdf"; filename*=UTF-8''giay-khen-2-Q%C4%90.pdf`,
            },
          }),
      ),
    );
    const seen: string[] = [];
    const { blob, fileName } = await fetchCertificates('d1', 'full', (p) =>
      seen.push(`${p.pages}/${p.total}`),
    );
    expect(fileName).toBe('giay-khen-2-QĐ.pdf');
    expect(blob.type).toBe('application/pdf');
    expect(blob.size).toBe(new TextEncoder().encode(body.join('')).length);
    expect(seen[0]).toBe('0/2');
    expect(seen.at(-1)).toBe('2/2');
    // Never backwards, never past the announced count.
    expect(seen).toEqual([...seen].sort());
  });

  it('turns an error answer into the server’s Vietnamese message', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(
            JSON.stringify({
              error: {
                code: 'DECISION_HAS_NO_AWARDS',
                message: 'Quyết định này chưa có khen thưởng nào để in.',
              },
            }),
            { status: 409, headers: { 'content-type': 'application/json' } },
          ),
      ),
    );
    await expect(fetchCertificates('d1', 'blank-stock', () => {})).rejects.toMatchObject({
      status: 409,
      code: 'DECISION_HAS_NO_AWARDS',
      message: 'Quyết định này chưa có khen thưởng nào để in.',
    });
  });
});
