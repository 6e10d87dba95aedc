import { AppError } from '../../lib/errors';
import { sha256Hex } from '../../lib/storage';
import {
  cadesDetachedSignature,
  certificateSha256,
  type SigningIdentity,
  verifyCadesDetached,
} from '../signing/index';
import {
  ENVELOPE_FORMAT,
  manifestComponents,
  type PackageEnvelope,
  type PackageManifest,
  packageEnvelope,
  packageManifest,
} from './package-format';

// Sealing and opening a package. The sender signs the manifest's exact UTF-8 bytes with its seal
// (CMS detached, as PAdES signs a PDF's byte ranges); the files are bound to the manifest by their
// SHA-256, so one signature covers the whole package. Opening checks, in order: the envelope's
// shape, the signature, the manifest's shape, and that the files are exactly those listed.

/** A manifest of any kind before sealing: the sender's certificate hash is stamped in by sealPackage. */
export type UnsealedManifest = PackageManifest extends infer M
  ? M extends PackageManifest
    ? Omit<M, 'sender'> & { sender: Omit<PackageManifest['sender'], 'certificateSha256'> }
    : never
  : never;

/** The manifest's bytes and signature, with the files; the sender's certificate is stamped in. */
export async function sealPackage(
  manifest: UnsealedManifest,
  files: Uint8Array[],
  identity: SigningIdentity,
): Promise<PackageEnvelope> {
  const full: PackageManifest = packageManifest.parse({
    ...manifest,
    sender: { ...manifest.sender, certificateSha256: certificateSha256(identity.certificate) },
  });
  const text = JSON.stringify(full);
  const signature = await cadesDetachedSignature(Buffer.from(text, 'utf8'), identity);
  return {
    format: ENVELOPE_FORMAT,
    manifest: text,
    signature: signature.toString('base64'),
    files: Object.fromEntries(
      files.map((bytes) => [sha256Hex(bytes), Buffer.from(bytes).toString('base64')]),
    ),
  };
}

export type OpenedPackage = {
  manifest: PackageManifest;
  /** The manifest as signed, kept for re-verification. */
  manifestText: string;
  signature: Uint8Array;
  signerCertificateSha256: string;
  signerName: string | null;
  files: Map<string, Uint8Array>;
};

/** Validates a received envelope end to end; throws PACKAGE_* errors. */
export async function openPackage(input: unknown): Promise<OpenedPackage> {
  const envelope = packageEnvelope.safeParse(input);
  if (!envelope.success) throw new AppError('PACKAGE_INVALID');
  const manifestBytes = Buffer.from(envelope.data.manifest, 'utf8');
  const signature = new Uint8Array(Buffer.from(envelope.data.signature, 'base64'));
  const check = await verifyCadesDetached(manifestBytes, signature);
  if (!check.valid || !check.signerCertificateSha256) throw new AppError('PACKAGE_SIGNATURE_INVALID');
  let json: unknown;
  try {
    json = JSON.parse(envelope.data.manifest);
  } catch {
    throw new AppError('PACKAGE_INVALID');
  }
  const manifest = packageManifest.safeParse(json);
  if (!manifest.success) throw new AppError('PACKAGE_INVALID');
  // The certificate the manifest names is the one that signed it.
  if (manifest.data.sender.certificateSha256 !== check.signerCertificateSha256)
    throw new AppError('PACKAGE_SIGNATURE_INVALID');
  const files = new Map<string, Uint8Array>();
  for (const [sha, base64] of Object.entries(envelope.data.files)) {
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    if (sha256Hex(bytes) !== sha) throw new AppError('PACKAGE_FILE_MISMATCH');
    files.set(sha, bytes);
  }
  const components = manifestComponents(manifest.data);
  const listed = new Set(components.map((c) => c.sha256));
  const sizesMatch = components.every((c) => files.get(c.sha256)?.byteLength === c.sizeBytes);
  if (!sizesMatch || listed.size !== files.size) throw new AppError('PACKAGE_FILE_MISMATCH');
  return {
    manifest: manifest.data,
    manifestText: envelope.data.manifest,
    signature,
    signerCertificateSha256: check.signerCertificateSha256,
    signerName: check.signerName,
    files,
  };
}
