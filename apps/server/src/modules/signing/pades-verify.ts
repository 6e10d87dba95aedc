import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cades';
import { certificateDer, certificateSha256, subjectName } from './pkcs12';

// Checks the last signature of a PDF with pkijs (node-forge cannot verify CMS): the byte ranges
// cover the whole file but the signature, the CMS signature over the signed attributes holds, the
// message digest equals the SHA-256 of the byte ranges, and the signing-certificate-v2 attribute
// names the certificate that signed. Whether the signer is the tenant is the caller's question
// (signer certificate's SHA-256 against the tenant's known certificates).

export type SignatureStatus = 'VALID' | 'INVALID' | 'MODIFIED' | 'UNSIGNED';

export type SignatureCheck = {
  status: SignatureStatus;
  /** The signer certificate's common name, when a signature could be read. */
  signerName: string | null;
  signerCertificateSha256: string | null;
  /** The signature dictionary's /M (PAdES: the claimed signing time). */
  signedAt: Date | null;
  subFilter: string | null;
  /** SHA-256 of the whole file, to match it against the tenant's stored signed documents. */
  fileSha256: string;
};

const BYTE_RANGE = /\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g;

/** D:YYYYMMDDHHmmSS with Z or ±HH'mm', as PDF dates are written. */
export function parsePdfDate(value: string): Date | null {
  const m = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(Z|([+-])(\d{2})'?(\d{2})'?)?/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, zone, sign, zh, zm] = m;
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const offset = !zone || zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm ?? 0));
  return new Date(utc - offset * 60_000);
}

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export function signedCertificateMatches(info: pkijs.SignerInfo, certificate: pkijs.Certificate): boolean {
  const attr = info.signedAttrs?.attributes.find((a) => a.type === OID.signingCertificateV2);
  if (!attr) return false;
  // SigningCertificateV2 → certs → first ESSCertIDv2 → certHash (SHA-256, the default algorithm).
  const certs = (attr.values[0] as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
  const first = certs.valueBlock.value[0] as asn1js.Sequence;
  const parts = first.valueBlock.value;
  const hashPart = parts[0] instanceof asn1js.OctetString ? parts[0] : parts[1];
  if (!(hashPart instanceof asn1js.OctetString)) return false;
  const expected = createHash('sha256').update(certificateDer(certificate)).digest();
  return Buffer.from(hashPart.valueBlock.valueHexView).equals(expected);
}

export async function checkPdfSignature(pdf: Buffer): Promise<SignatureCheck> {
  const fileSha256 = createHash('sha256').update(pdf).digest('hex');
  const unsigned: SignatureCheck = {
    status: 'UNSIGNED',
    signerName: null,
    signerCertificateSha256: null,
    signedAt: null,
    subFilter: null,
    fileSha256,
  };
  const text = pdf.toString('latin1');
  const ranges = [...text.matchAll(BYTE_RANGE)];
  const last = ranges.at(-1);
  if (!last) return unsigned;
  const [a, b, c, d] = last.slice(1, 5).map(Number) as [number, number, number, number];
  const invalid = { ...unsigned, status: 'INVALID' as const };
  if (a !== 0 || b <= 0 || c <= b || c + d > pdf.length || pdf[b] !== 0x3c || pdf[c - 1] !== 0x3e)
    return invalid;
  const dictionary = text.slice(Math.max(0, (last.index ?? 0) - 400), Math.min(text.length, c + 2000));
  const subFilter = /\/SubFilter\s*\/([\w.]+)/.exec(dictionary)?.[1] ?? null;
  const when = /\/M\s*\((D:[^)]+)\)/.exec(text.slice(c, c + 2000))?.[1];
  const signedAt = when ? parsePdfDate(when) : null;
  const signedBytes = Buffer.concat([pdf.subarray(a, a + b), pdf.subarray(c, c + d)]);
  const der = Buffer.from(text.slice(b + 1, c - 1), 'hex');
  let signerName: string | null = null;
  let signerCertificateSha256: string | null = null;
  let ok = false;
  try {
    // The hex is padded with zeros after the DER: read one element and ignore the rest.
    const parsed = asn1js.fromBER(toArrayBuffer(der));
    if (parsed.offset === -1) return { ...invalid, subFilter, signedAt };
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== OID.signedData) return { ...invalid, subFilter, signedAt };
    const signed = new pkijs.SignedData({ schema: info.content });
    const result = await signed.verify({
      signer: 0,
      data: toArrayBuffer(signedBytes),
      extendedMode: true,
      checkChain: false,
    });
    const certificate = result.signerCertificate;
    if (certificate) {
      signerName = subjectName(certificate);
      signerCertificateSha256 = certificateSha256(certificate);
    }
    const signerInfo = signed.signerInfos[0];
    ok =
      result.signatureVerified === true &&
      certificate !== undefined &&
      certificate !== null &&
      signerInfo !== undefined &&
      signedCertificateMatches(signerInfo, certificate);
  } catch {
    ok = false;
  }
  const base = { signerName, signerCertificateSha256, signedAt, subFilter, fileSha256 };
  if (!ok) return { ...base, status: 'INVALID' };
  // Bytes after the signed range (an incremental update) are not covered by the signature.
  const end = c + d;
  const trailing = pdf.subarray(end).toString('latin1').trim();
  return { ...base, status: trailing.length > 0 ? 'MODIFIED' : 'VALID' };
}
