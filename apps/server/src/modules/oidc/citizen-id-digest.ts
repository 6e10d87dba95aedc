import { createHmac, hkdfSync } from 'node:crypto';
import { and, eq, isNotNull, notLike } from 'drizzle-orm';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { oidcIdentity } from '../../db/schema/index';
import { mfaKey } from '../auth/index';

// The citizen ID a national login gives (số định danh cá nhân) is personal data the account does
// not need in clear: the account is found by the provider's subject. What is kept is a keyed hash
// (HMAC-SHA-256, per tenant), enough to answer "is this the citizen with ID X?" for someone who
// holds the key, useless to someone holding only a dump or a backup of the database. The key is
// derived from the same secret as the TOTP key (VINHDANH_MFA_SECRET or the data folder's
// mfa.key), never stored in the database.

const PREFIX = 'hmac1:';

/** HKDF of the TOTP key with its own label: the two uses never share a key. Cheap; computed per call. */
const digestKey = (config: Pick<Config, 'mfaSecret' | 'dataDir'>): Buffer =>
  Buffer.from(hkdfSync('sha256', mfaKey(config), Buffer.alloc(0), 'vinhdanh-citizen-id:v1', 32));

/** `hmac1:` + hex HMAC-SHA-256 of "tenant:citizenId". */
export function citizenIdDigest(
  config: Pick<Config, 'mfaSecret' | 'dataDir'>,
  tenantId: string,
  citizenId: string,
): string {
  const mac = createHmac('sha256', digestKey(config)).update(`${tenantId}:${citizenId}`).digest('hex');
  return `${PREFIX}${mac}`;
}

/** Citizen IDs stored in clear before this change are replaced by their digest (every `serve` start). */
export async function digestLegacyCitizenIds(db: Db, config: Pick<Config, 'mfaSecret' | 'dataDir'>) {
  const rows = await db
    .select({
      tenantId: oidcIdentity.tenantId,
      provider: oidcIdentity.provider,
      subject: oidcIdentity.subject,
      citizenId: oidcIdentity.citizenId,
    })
    .from(oidcIdentity)
    .where(and(isNotNull(oidcIdentity.citizenId), notLike(oidcIdentity.citizenId, `${PREFIX}%`)));
  for (const r of rows) {
    await db
      .update(oidcIdentity)
      .set({ citizenId: citizenIdDigest(config, r.tenantId, r.citizenId!) })
      .where(
        and(
          eq(oidcIdentity.tenantId, r.tenantId),
          eq(oidcIdentity.provider, r.provider),
          eq(oidcIdentity.subject, r.subject),
        ),
      );
  }
  return rows.length;
}
