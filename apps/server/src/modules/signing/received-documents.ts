import type { Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { storageFor } from '../../lib/storage';
import { checkPdfSignature } from './pades-verify';
import { keepSignedFile } from './signed-documents.repository';

// The upper level's decision comes back signed with its seal (modules/upper-level): its PDF and a
// certificate per award are kept as this tenant's signed documents of the decision it recorded, so
// the decision's signature status and the public verification page show them. Each is checked
// before it is kept: a file whose signature does not verify is refused, never stored as signed.

export type ReceivedSignedFile = {
  kind: 'DECISION' | 'CERTIFICATE';
  name: string;
  bytes: Uint8Array;
  /** CERTIFICATE: the award (in this tenant) it certifies. */
  awardId: string | null;
};

export async function storeReceivedSignedDocuments(
  tx: Tx,
  dataDir: string,
  target: { tenantId: string; decisionId: string },
  files: ReceivedSignedFile[],
) {
  const storage = storageFor(dataDir);
  for (const f of files) {
    const check = await checkPdfSignature(Buffer.from(f.bytes));
    if (check.status !== 'VALID' || !check.signerName || !check.signerCertificateSha256)
      throw new AppError('PACKAGE_SIGNATURE_INVALID');
    const object = await storage.put(f.bytes);
    await keepSignedFile(tx, {
      tenantId: target.tenantId,
      decisionId: target.decisionId,
      kind: f.kind,
      awardId: f.awardId,
      name: f.name,
      sizeBytes: object.sizeBytes,
      sha256: object.sha256,
      storageKey: object.key,
      method: 'RECEIVED',
      signerName: check.signerName,
      signerCertificateSha256: check.signerCertificateSha256,
      signedAt: check.signedAt ?? new Date(),
      signedBy: null,
    });
  }
}
