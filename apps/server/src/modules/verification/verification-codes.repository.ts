import { randomBytes } from 'node:crypto';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { awardVerification, certificateCounter } from '../../db/schema/index';

/**
 * The tenant's id (16 bytes) then 16 random bytes, as base64url (43 characters). The random half
 * (128 bits) makes codes impossible to guess or walk; the tenant half lets the public check go
 * straight to the tenant's shard on Citus. Codes printed before issue 20 are the random half alone
 * (22 characters) and still verify.
 */
export function newVerificationCode(tenantId: string): string {
  return Buffer.concat([Buffer.from(tenantId.replaceAll('-', ''), 'hex'), randomBytes(16)]).toString(
    'base64url',
  );
}

/** The tenant a 43-character code names; null for the older 22-character codes. */
export function verificationCodeTenant(code: string): string | null {
  if (code.length !== 43) return null;
  const hex = Buffer.from(code, 'base64url').subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type Registered = { awardId: string; code: string; registryNumber: number };

/**
 * Gives each award that has none a verification code and the next number of the tenant's
 * certificate register. The counter row is locked FOR UPDATE, and the awards still lacking a
 * code are read again under the lock, so two printings at once neither collide nor leave gaps.
 */
export async function ensureVerifications(
  db: Db,
  tenantId: string,
  awardIds: string[],
): Promise<Map<string, Registered>> {
  return db.transaction(async (tx) => {
    await tx.insert(certificateCounter).values({ tenantId, lastNumber: 0 }).onConflictDoNothing();
    const [counter] = await tx
      .select()
      .from(certificateCounter)
      .where(eq(certificateCounter.tenantId, tenantId))
      .for('update');
    const found = new Map<string, Registered>();
    for (let i = 0; i < awardIds.length; i += 1000) {
      const rows = await tx
        .select({
          awardId: awardVerification.awardId,
          code: awardVerification.code,
          registryNumber: awardVerification.registryNumber,
        })
        .from(awardVerification)
        .where(
          and(
            eq(awardVerification.tenantId, tenantId),
            inArray(awardVerification.awardId, awardIds.slice(i, i + 1000)),
          ),
        );
      for (const r of rows) found.set(r.awardId, r);
    }
    let last = counter?.lastNumber ?? 0;
    const fresh: Registered[] = [];
    for (const awardId of awardIds) {
      if (found.has(awardId)) continue;
      last += 1;
      const row = { awardId, code: newVerificationCode(tenantId), registryNumber: last };
      fresh.push(row);
      found.set(awardId, row);
    }
    for (let i = 0; i < fresh.length; i += 500) {
      await tx.insert(awardVerification).values(fresh.slice(i, i + 500).map((r) => ({ tenantId, ...r })));
    }
    if (fresh.length > 0) {
      await tx
        .update(certificateCounter)
        .set({ lastNumber: sql`${last}` })
        .where(eq(certificateCounter.tenantId, tenantId));
    }
    return found;
  });
}
