import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPageCounter } from './pdf-page-counter';

// The shape pdfkit writes: page objects, binary content streams, the page tree at the end.
function fakePdf(pages: number): Uint8Array {
  const parts = ['%PDF-1.3\n%\xff\xff\xff\xff\n'];
  for (let i = 0; i < pages; i += 1) {
    parts.push(
      `${12 + i} 0 obj\n<<\n/Type /Page\n/Parent 1 0 R\n/MediaBox [0 0 841.89 595.28]\n>>\nendobj\n`,
    );
    parts.push(
      `${40 + i} 0 obj\n<<\n/Length 9\n/Filter /FlateDecode\n>>\nstream\nx\x9c/T/Ty\nendstream\nendobj\n`,
    );
  }
  parts.push(`1 0 obj\n<<\n/Type /Pages\n/Count ${pages}\n/Kids [12 0 R]\n>>\nendobj\n%%EOF\n`);
  return new TextEncoder().encode(parts.join(''));
}

function countInChunks(bytes: Uint8Array, cuts: number[]): number {
  const counter = createPageCounter();
  let from = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    counter.push(bytes.subarray(from, cut));
    from = cut;
  }
  counter.push(bytes.subarray(from));
  return counter.end();
}

describe('pdf page counter', () => {
  it('counts "/Type /Page" objects and not the "/Type /Pages" tree', () => {
    expect(countInChunks(fakePdf(3), [])).toBe(3);
    expect(countInChunks(fakePdf(0), [])).toBe(0);
  });

  it('counts a marker cut at any byte, including just before the "s" of "/Pages"', () => {
    const bytes = fakePdf(2);
    const text = new TextDecoder('latin1').decode(bytes);
    const page = text.indexOf('/Type /Page\n');
    const tree = text.indexOf('/Type /Pages');
    for (const start of [page, tree]) {
      for (let cut = start; cut <= start + '/Type /Pages'.length; cut += 1) {
        expect(countInChunks(bytes, [cut]), `cut at ${cut - start}`).toBe(2);
      }
    }
  });

  it('reports progress as the pages arrive', () => {
    const bytes = fakePdf(3);
    const text = new TextDecoder('latin1').decode(bytes);
    const second = text.indexOf('/Type /Page', text.indexOf('/Type /Page') + 1);
    const counter = createPageCounter();
    // The first page's marker and the byte after it have arrived; the second's is cut in half.
    expect(counter.push(bytes.subarray(0, second + 5))).toBe(1);
    expect(counter.push(bytes.subarray(second + 5))).toBe(3);
    expect(counter.end()).toBe(3);
  });

  it('counts a marker ending the very last chunk', () => {
    const counter = createPageCounter();
    counter.push(new TextEncoder().encode('xx/Type /Pa'));
    counter.push(new TextEncoder().encode('ge'));
    expect(counter.end()).toBe(1);
  });

  it('gives the same count however the stream is cut (one-byte chunks included)', () => {
    const bytes = fakePdf(7);
    expect(
      countInChunks(
        bytes,
        Array.from({ length: bytes.length - 1 }, (_, i) => i + 1),
      ),
    ).toBe(7);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 40 }), (cuts) => {
        expect(countInChunks(bytes, cuts)).toBe(7);
      }),
    );
  });
});
