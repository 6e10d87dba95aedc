import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { auditEvent, auditHead } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { type AuditRecord, GENESIS_HASH, hashAuditRecord } from './audit-hash';

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

export type ChainBreak = { tenantId: string; seq: number; id: string; problem: 'HASH' | 'LINK' | 'GAP' };

/** Recomputes every tenant's chain in batches; returns the first broken row of each tenant. */
export async function verifyAuditChains(
  db: Db,
  onProgress?: (checked: number) => void,
): Promise<{ checked: number; breaks: ChainBreak[] }> {
  const tenants = await db.selectDistinct({ tenantId: auditEvent.tenantId }).from(auditEvent);
  const breaks: ChainBreak[] = [];
  let checked = 0;
  for (const { tenantId } of tenants) {
    let prevHash = GENESIS_HASH;
    let expectedSeq = 1;
    let broken: ChainBreak | undefined;
    while (!broken) {
      const rows = await db
        .select()
        .from(auditEvent)
        .where(and(eq(auditEvent.tenantId, tenantId), gt(auditEvent.seq, expectedSeq - 1)))
        .orderBy(asc(auditEvent.seq))
        .limit(2000);
      if (rows.length === 0) break;
      for (const row of rows) {
        const { prevHash: storedPrev, hash, ...record } = row;
        if (row.seq !== expectedSeq) broken = { tenantId, seq: row.seq, id: row.id, problem: 'GAP' };
        else if (storedPrev !== prevHash) broken = { tenantId, seq: row.seq, id: row.id, problem: 'LINK' };
        else if (hashAuditRecord(prevHash, record) !== hash)
          broken = { tenantId, seq: row.seq, id: row.id, problem: 'HASH' };
        if (broken) break;
        prevHash = hash;
        expectedSeq += 1;
        checked += 1;
      }
      onProgress?.(checked);
    }
    if (broken) breaks.push(broken);
  }
  return { checked, breaks };
}

export async function countAuditEvents(db: Db, tenantId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(auditEvent)
    .where(eq(auditEvent.tenantId, tenantId));
  return row?.n ?? 0;
}
