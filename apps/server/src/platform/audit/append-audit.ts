import { eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { auditEvent, auditHead } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { type AuditRecord, GENESIS_HASH, hashAuditRecord } from './audit-hash';

// Every module writes audit events; the audit module only reads and verifies the chain.
export type AuditInput = {
  tenantId: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  requestId?: string | null;
};

/**
 * Appends one event to the tenant's chain inside the caller's transaction. The
 * head row is locked, so concurrent writers of one tenant chain in order.
 */
export async function appendAudit(tx: Tx | Db, input: AuditInput): Promise<void> {
  await tx
    .insert(auditHead)
    .values({ tenantId: input.tenantId, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
  const [head] = await tx
    .select()
    .from(auditHead)
    .where(eq(auditHead.tenantId, input.tenantId))
    .for('update');
  if (!head) throw new Error('audit head missing');
  const record: AuditRecord = {
    tenantId: input.tenantId,
    seq: head.seq + 1,
    id: newId(),
    at: new Date().toISOString(),
    actorId: input.actorId,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId ?? null,
    before: input.before ?? null,
    after: input.after ?? null,
    requestId: input.requestId ?? null,
  };
  const hash = hashAuditRecord(head.hash, record);
  await tx.insert(auditEvent).values({ ...record, prevHash: head.hash, hash });
  await tx.update(auditHead).set({ seq: record.seq, hash }).where(eq(auditHead.tenantId, input.tenantId));
}
