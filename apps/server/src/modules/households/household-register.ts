import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { and, eq } from 'drizzle-orm';
import type { Tx } from '../../db/client';
import { household } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';

/**
 * A household that registers itself online (the portal's "Nộp hồ sơ trực tuyến", no account):
 * the household already known under that village with the same head and address (compared
 * without diacritics or case), else a new one. The caller has checked the unit.
 */
export async function registerHousehold(
  tx: Tx,
  tenantId: string,
  input: { unitId: string; headName: string; address: string },
  requestId: string,
): Promise<{ id: string; created: boolean }> {
  const known = await tx
    .select({ id: household.id, headName: household.headName, address: household.address })
    .from(household)
    .where(and(eq(household.tenantId, tenantId), eq(household.unitId, input.unitId)));
  const same = (a: string, b: string) => foldVietnamese(a) === foldVietnamese(b);
  const found = known.find((h) => same(h.headName, input.headName) && same(h.address, input.address));
  if (found) return { id: found.id, created: false };
  const row = { tenantId, id: newId(), ...input };
  await tx.insert(household).values(row);
  await appendAudit(tx, {
    tenantId,
    actorId: null,
    action: 'household.register',
    entityType: 'household',
    entityId: row.id,
    after: { ...input, channel: 'PORTAL' },
    requestId,
  });
  return { id: row.id, created: true };
}
