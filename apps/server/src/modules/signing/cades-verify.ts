import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { OID } from './cades';
import { signedCertificateMatches } from './pades-verify';
import { certificateSha256, subjectName } from './pkcs12';

// Checks a CAdES detached signature (cades.ts) over given bytes, as a package's manifest carries
// it (docs/interop.md): the CMS signature over the signed attributes holds, their message digest is
// the SHA-256 of the bytes, and signing-certificate-v2 names the certificate that signed. Whether
// that certificate is the one the receiver expects from the sender is the caller's question.

export type DetachedCheck = {
  valid: boolean;
  signerName: string | null;
  signerCertificateSha256: string | null;
};

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export async function verifyCadesDetached(content: Uint8Array, der: Uint8Array): Promise<DetachedCheck> {
  const invalid: DetachedCheck = { valid: false, signerName: null, signerCertificateSha256: null };
  try {
    const parsed = asn1js.fromBER(toArrayBuffer(der));
    if (parsed.offset === -1) return invalid;
    const info = new pkijs.ContentInfo({ schema: parsed.result });
    if (info.contentType !== OID.signedData) return invalid;
    const signed = new pkijs.SignedData({ schema: info.content });
    const result = await signed.verify({
      signer: 0,
      data: toArrayBuffer(content),
      extendedMode: true,
      checkChain: false,
    });
    const certificate = result.signerCertificate;
    const signerInfo = signed.signerInfos[0];
    if (!certificate || !signerInfo) return invalid;
    return {
      valid: result.signatureVerified === true && signedCertificateMatches(signerInfo, certificate),
      signerName: subjectName(certificate),
      signerCertificateSha256: certificateSha256(certificate),
    };
  } catch {
    // pkijs throws on a digest mismatch or a malformed structure: both are an invalid signature.
    return invalid;
  }
}
