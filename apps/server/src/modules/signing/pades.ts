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
