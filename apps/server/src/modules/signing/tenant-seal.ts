import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Config } from '../../config/config';
import type { Db, Tx } from '../../db/client';
import { tenant } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import { loadDocumentSettings } from '../documents/index';
import { loadPkcs12, type SigningIdentity } from './pkcs12';

/**
 * The tenant's seal certificate: the file its document settings name, in VINHDANH_SIGNING_DIR,
 * opened with the password from the environment (never stored in the database). Read on each
 * signing, so a renewed certificate takes effect without a restart.
 */
export async function loadTenantSeal(
  db: Db | Tx,
  config: Config,
  tenantId: string,
): Promise<SigningIdentity> {
  const settings = await loadDocumentSettings(db, tenantId);
  const [t] = await db.select({ code: tenant.code }).from(tenant).where(eq(tenant.tenantId, tenantId));
  const password = t ? config.signing.password(t.code) : undefined;
  if (!settings.signingCertificateFile || !password) throw new AppError('SIGNING_NOT_CONFIGURED');
  // The settings accept a bare file name only; basename keeps it inside the directory regardless.
  const file = path.join(config.signing.dir, path.basename(settings.signingCertificateFile));
  const bytes = await fs.readFile(file).catch(() => {
    throw new AppError('SIGNING_NOT_CONFIGURED');
  });
  return loadPkcs12(new Uint8Array(bytes), password);
}
