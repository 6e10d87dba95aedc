import type { Config } from '../../config/config';
import type { Db, Tx } from '../../db/client';
import { AppError } from '../../lib/errors';
import { loadDocumentSettings } from '../documents/index';
import { signPdf } from './pades';
import { checkPdfSignature } from './pades-verify';
import { certificateSha256, subjectName } from './pkcs12';
import { loadTenantSeal } from './tenant-seal';

/**
 * Signs PDFs with the tenant's seal (PAdES B-B), for documents that are not a decision of this
 * tenant's register (the decision a receiving tenant issues on a dossier sent up, and its
 * certificates). Each is read back before it is returned: a file that does not verify is refused.
 */
export async function sealPdfs(
  db: Db | Tx,
  config: Config,
  tenantId: string,
  files: { bytes: Buffer; reason: string }[],
  signingTime = new Date(),
) {
  const identity = await loadTenantSeal(db, config, tenantId);
  const settings = await loadDocumentSettings(db, tenantId);
  const name = subjectName(identity.certificate);
  const signed: Buffer[] = [];
  for (const f of files) {
    const bytes = await signPdf(
      f.bytes,
      { name, reason: f.reason, location: settings.placeName, signingTime },
      identity,
    );
    if ((await checkPdfSignature(bytes)).status !== 'VALID') throw new AppError('INTERNAL');
    signed.push(bytes);
  }
  return { signerName: name, certificateSha256: certificateSha256(identity.certificate), files: signed };
}
