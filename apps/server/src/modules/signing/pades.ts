import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer, SUBFILTER_ETSI_CADES_DETACHED } from '@signpdf/utils';
import { stripVietnameseMarks } from '@vinhdanh/domain/text/fold';
import { cadesDetachedSignature } from './cades';
import type { SigningIdentity } from './pkcs12';

// PAdES baseline B-B: @signpdf adds the signature dictionary (SubFilter ETSI.CAdES.detached,
// /M the signing time, /ByteRange over the whole file but the signature) as an incremental
// update, and our CAdES signer (cades.ts, pkijs) fills /Contents.

/** Room for the CMS in the placeholder: a 4096-bit RSA certificate with a two-level chain fits. */
const SIGNATURE_BYTES = 16_384;

/** An @signpdf signer that produces the CAdES detached signature over what it is given. */
export class CadesSigner extends Signer {
  constructor(private readonly sign_: (content: Uint8Array) => Promise<Buffer>) {
    super();
  }

  override async sign(pdfBuffer: Buffer): Promise<Buffer> {
    return this.sign_(pdfBuffer);
  }
}

export type SignatureMeta = {
  /** Shown by readers as the signer's name in the signature panel. */
  name: string;
  reason: string;
  location: string;
  contactInfo?: string;
  signingTime: Date;
};

/** Adds the placeholder and signs with `sign` (the server's seal key or a stand-in for tests). */
/**
 * @signpdf/placeholder-plain writes non-ASCII dictionary strings as UTF-8 bytes of a UTF-16 text
 * (a reader shows them garbled) and names with spaces break the dictionary, so the signature
 * dictionary's texts are written without diacritics. Readers name the signer from the
 * certificate anyway; the Vietnamese text is on the page.
 */
const ascii = (value: string) => stripVietnameseMarks(value).replace(/[^\x20-\x7e]/g, '');

export async function signPdfWith(
  pdf: Buffer,
  meta: SignatureMeta,
  sign: (content: Uint8Array) => Promise<Buffer>,
): Promise<Buffer> {
  const prepared = plainAddPlaceholder({
    pdfBuffer: pdf,
    reason: ascii(meta.reason),
    contactInfo: ascii(meta.contactInfo ?? ''),
    name: ascii(meta.name),
    location: ascii(meta.location),
    signingTime: meta.signingTime,
    signatureLength: SIGNATURE_BYTES,
    subFilter: SUBFILTER_ETSI_CADES_DETACHED,
    appName: 'VinhDanh',
  });
  return new SignPdf().sign(prepared, new CadesSigner(sign), meta.signingTime);
}

/** PAdES B-B with a PKCS#12 identity. */
export function signPdf(pdf: Buffer, meta: SignatureMeta, identity: SigningIdentity): Promise<Buffer> {
  return signPdfWith(pdf, meta, (content) => cadesDetachedSignature(content, identity));
}

// Signing on the signer's own token (docs/signing.md): the server prepares the file with its
// signature dictionary and the final /ByteRange, /Contents all zeros; the plug-in fills /Contents
// with the CMS over the byte ranges, so everything outside /Contents stays as prepared.

/** The PDF ready for a token: the signature dictionary with its /ByteRange, /Contents zeros. */
export function preparePdfForSigning(pdf: Buffer, meta: SignatureMeta): Promise<Buffer> {
  return signPdfWith(pdf, meta, async () => Buffer.alloc(0));
}

const LAST_BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** The last /ByteRange of a PDF ([a, b, c, d]: signed bytes a..a+b and c..c+d), or null. */
export function lastByteRange(pdf: Buffer): [number, number, number, number] | null {
  const last = [...pdf.toString('latin1').matchAll(LAST_BYTE_RANGE)].at(-1);
  if (!last) return null;
  return last.slice(1, 5).map(Number) as [number, number, number, number];
}

/**
 * Whether `signed` is `prepared` with only /Contents filled: the same length, the same byte
 * ranges and every byte outside /Contents equal.
 */
export function onlyContentsFilled(prepared: Buffer, signed: Buffer): boolean {
  const range = lastByteRange(prepared);
  if (!range || signed.length !== prepared.length) return false;
  const signedRange = lastByteRange(signed);
  if (!signedRange || signedRange.join() !== range.join()) return false;
  const [a, b, c, d] = range;
  return (
    prepared.subarray(a, a + b).equals(signed.subarray(a, a + b)) &&
    prepared.subarray(c, c + d).equals(signed.subarray(c, c + d))
  );
}

/**
 * What a token does with a prepared file: the CMS from `sign` over the byte ranges, written as
 * hex into /Contents. The e2e stand-in plug-in and the tests sign this way with a throwaway key.
 */
export async function fillPreparedSignature(
  prepared: Buffer,
  sign: (content: Uint8Array) => Promise<Buffer>,
): Promise<Buffer> {
  const range = lastByteRange(prepared);
  if (!range) throw new Error('the PDF has no /ByteRange');
  const [a, b, c, d] = range;
  const cms = await sign(Buffer.concat([prepared.subarray(a, a + b), prepared.subarray(c, c + d)]));
  const room = c - b - 2;
  const hex = cms.toString('hex');
  if (hex.length > room) throw new Error('the signature does not fit the placeholder');
  const out = Buffer.from(prepared);
  out.write(hex.padEnd(room, '0'), b + 1, 'latin1');
  return out;
}
