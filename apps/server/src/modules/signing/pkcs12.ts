import { createHash, createPrivateKey, createPublicKey, webcrypto } from 'node:crypto';
import * as pkijs from 'pkijs';
import { AppError } from '../../lib/errors';

// A signing identity read from a PKCS#12 (.p12/.pfx) file: the private key as a WebCrypto key
// (pkijs signs with it) and the certificate with the chain the file carries. Parsed with pkijs,
// which handles the PBES2/AES files OpenSSL 3 and current CA tools write.

export type SigningIdentity = {
  privateKey: webcrypto.CryptoKey;
  certificate: pkijs.Certificate;
  /** The other certificates in the file (issuing CAs), embedded in signatures for the verifier. */
  chain: pkijs.Certificate[];
};

const KEY_BAG = '1.2.840.113549.1.12.10.1.2';
const CERT_BAG = '1.2.840.113549.1.12.10.1.3';
const RSA = '1.2.840.113549.1.1.1';
const EC = '1.2.840.10045.2.1';

const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export const certificateDer = (c: pkijs.Certificate) => Buffer.from(c.toSchema(true).toBER(false));
export const certificateSha256 = (c: pkijs.Certificate) =>
  createHash('sha256').update(certificateDer(c)).digest('hex');

/** The subject's common name (CN), else its organisation (O), as a person reads the signer. */
export function subjectName(c: pkijs.Certificate): string {
  const value = (oid: string) =>
    c.subject.typesAndValues.find((tv) => tv.type === oid)?.value.valueBlock.value as string | undefined;
  return value('2.5.4.3') ?? value('2.5.4.10') ?? 'Không rõ';
}

async function importKey(pkcs8: ArrayBuffer, algorithmId: string): Promise<webcrypto.CryptoKey> {
  if (algorithmId === RSA) {
    return webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, [
      'sign',
    ]);
  }
  if (algorithmId === EC) {
    const curve = createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' })
      .asymmetricKeyDetails?.namedCurve;
    const namedCurve = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521' }[curve ?? ''];
    if (namedCurve) {
      return webcrypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDSA', namedCurve }, false, ['sign']);
    }
  }
  throw new AppError('SIGNING_CERTIFICATE_INVALID');
}

/** Reads the key and certificates; a wrong password or a damaged file is SIGNING_CERTIFICATE_INVALID. */
export async function loadPkcs12(bytes: Uint8Array, password: string): Promise<SigningIdentity> {
  const pw = toArrayBuffer(new TextEncoder().encode(password));
  let keyInfo: pkijs.PrivateKeyInfo | undefined;
  const certificates: pkijs.Certificate[] = [];
  try {
    const pfx = pkijs.PFX.fromBER(toArrayBuffer(bytes));
    await pfx.parseInternalValues({ password: pw, checkIntegrity: true });
    const safe = pfx.parsedValue?.authenticatedSafe;
    if (!safe) throw new Error('no authenticated safe');
    await safe.parseInternalValues({ safeContents: safe.safeContents.map(() => ({ password: pw })) });
    for (const contents of safe.parsedValue.safeContents as { value: pkijs.SafeContents }[]) {
      for (const bag of contents.value.safeBags) {
        if (bag.bagId === KEY_BAG) {
          const shrouded = bag.bagValue as pkijs.PKCS8ShroudedKeyBag;
          // parseInternalValues is protected in the typings but is the documented way to decrypt.
          await (
            shrouded as unknown as { parseInternalValues(p: { password: ArrayBuffer }): Promise<void> }
          ).parseInternalValues({ password: pw });
          keyInfo = shrouded.parsedValue;
        } else if (bag.bagId === CERT_BAG) {
          const certBag = bag.bagValue as pkijs.CertBag;
          if (certBag.parsedValue instanceof pkijs.Certificate) certificates.push(certBag.parsedValue);
        }
      }
    }
  } catch {
    throw new AppError('SIGNING_CERTIFICATE_INVALID');
  }
  if (!keyInfo || certificates.length === 0) throw new AppError('SIGNING_CERTIFICATE_INVALID');
  const pkcs8 = keyInfo.toSchema().toBER(false);
  const privateKey = await importKey(pkcs8, keyInfo.privateKeyAlgorithm.algorithmId);
  // The certificate of the key: the one whose public key matches the private key's.
  const publicDer = createPublicKey(
    createPrivateKey({ key: Buffer.from(pkcs8), format: 'der', type: 'pkcs8' }),
  ).export({ format: 'der', type: 'spki' });
  const certificate =
    certificates.find((c) => Buffer.from(c.subjectPublicKeyInfo.toSchema().toBER(false)).equals(publicDer)) ??
    certificates[0];
  if (!certificate) throw new AppError('SIGNING_CERTIFICATE_INVALID');
  return { privateKey, certificate, chain: certificates.filter((c) => c !== certificate) };
}
