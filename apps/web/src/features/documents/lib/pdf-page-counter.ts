// Counts the pages of a PDF as its bytes arrive. pdfkit writes every page object
// uncompressed as "/Type /Page" once the page is laid out; the page tree is "/Type /Pages", so a
// match counts only when the next byte is not "s". A marker may be cut across two chunks, so the
// last bytes of a chunk are carried into the next one (they are not yet decided).

const MARKER = new TextEncoder().encode('/Type /Page');
const SLASH = 0x2f;
const LETTER_S = 0x73;

function markerAt(data: Uint8Array, at: number): boolean {
  for (let j = 0; j < MARKER.length; j += 1) if (data[at + j] !== MARKER[j]) return false;
  return true;
}

export type PageCounter = {
  /** Feeds the next chunk; answers the pages seen so far. */
  push(chunk: Uint8Array): number;
  /** The stream ended: a marker in the very last bytes counts too. */
  end(): number;
};

export function createPageCounter(): PageCounter {
  let carry = new Uint8Array(0);
  let pages = 0;
  return {
    push(chunk) {
      const data = new Uint8Array(carry.length + chunk.length);
      data.set(carry);
      data.set(chunk, carry.length);
      // A marker is decided only with the byte after it, so it must start before `last`.
      const last = data.length - MARKER.length;
      for (let i = data.indexOf(SLASH); i !== -1 && i < last; i = data.indexOf(SLASH, i + 1)) {
        if (markerAt(data, i) && data[i + MARKER.length] !== LETTER_S) pages += 1;
      }
      carry = data.slice(Math.max(0, last));
      return pages;
    },
    end() {
      if (carry.length === MARKER.length && markerAt(carry, 0)) pages += 1;
      carry = new Uint8Array(0);
      return pages;
    },
  };
}
