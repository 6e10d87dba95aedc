import { and, asc, eq, lt } from 'drizzle-orm';
import { PgTransaction } from 'drizzle-orm/pg-core';
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
 * How many chains (shards) a tenant's log is split into. A writer holds its shard's head row until
 * its transaction ends, so this is how many writers of one tenant can append at the same time.
 * More shards cost only a head row each; `audit verify` walks every shard. Lowering it later is
 * safe: shards beyond it are no longer appended to and still verified.
 */
export const AUDIT_SHARDS = 8;

type Head = { shard: number; seq: number; hash: string };

/** The first head among the tenant's shards that no other transaction holds, locked; or none. */
async function lockFreeHead(tx: Tx, tenantId: string, shards: number): Promise<Head | undefined> {
  // Lowest shard first: a quiet tenant keeps one chain, and a busy one spreads only as far as it
  // needs. A head this transaction already holds is never skipped, so a transaction that appends
  // twice reuses its shard and never waits while holding one (no deadlock between appenders).
  const [head] = await tx
    .select({ shard: auditHead.shard, seq: auditHead.seq, hash: auditHead.hash })
    .from(auditHead)
    .where(and(eq(auditHead.tenantId, tenantId), lt(auditHead.shard, shards)))
    .orderBy(asc(auditHead.shard))
    .limit(1)
    .for('update', { skipLocked: true });
  return head;
}

async function pickHead(tx: Tx, tenantId: string, shards: number): Promise<Head> {
  const free = await lockFreeHead(tx, tenantId, shards);
  if (free) return free;
  // None free: the tenant's first write, more shards configured than heads, or every shard busy.
  await tx
    .insert(auditHead)
    .values(Array.from({ length: shards }, (_, shard) => ({ tenantId, shard, seq: 0, hash: GENESIS_HASH })))
    .onConflictDoNothing();
  const created = await lockFreeHead(tx, tenantId, shards);
  if (created) return created;
  // Every shard is held by other writers. This transaction holds none (its own would not be
  // skipped), so waiting here cannot close a cycle of head locks.
  const busy = await lockHead(tx, tenantId, Math.floor(Math.random() * shards));
  if (!busy) throw new Error('audit head missing');
  return busy;
}

async function lockHead(tx: Tx, tenantId: string, shard: number): Promise<Head | undefined> {
  const [head] = await tx
    .select({ shard: auditHead.shard, seq: auditHead.seq, hash: auditHead.hash })
    .from(auditHead)
    .where(and(eq(auditHead.tenantId, tenantId), eq(auditHead.shard, shard)))
    .for('update');
  return head;
}

/**
 * Appends to a chosen shard, waiting for its head. For tests and tools that must lay out chains
 * deterministically (PGlite has one connection, so its writers never spread on their own).
 */
export async function appendAuditToShard(tx: Tx, input: AuditInput, shard: number): Promise<void> {
  await tx
    .insert(auditHead)
    .values({ tenantId: input.tenantId, shard, seq: 0, hash: GENESIS_HASH })
    .onConflictDoNothing();
  const head = await lockHead(tx, input.tenantId, shard);
  if (!head) throw new Error('audit head missing');
  await appendAt(tx, input, head);
}

async function appendAt(tx: Tx, input: AuditInput, head: Head): Promise<void> {
  const record: AuditRecord = {
    tenantId: input.tenantId,
    shard: head.shard,
    seq: head.seq + 1,
    id: newId(),
    // Taken after the head is locked, so within a shard time follows seq.
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
  await tx
    .update(auditHead)
    .set({ seq: record.seq, hash })
    .where(and(eq(auditHead.tenantId, input.tenantId), eq(auditHead.shard, head.shard)));
}

/**
 * Appends one event to one of the tenant's chains inside the caller's transaction: the first
 * shard whose head no other writer holds, so concurrent writers of one tenant proceed side by
 * side. Given the database rather than a transaction, it opens one: the head lock must last
 * until the event and the new head are written.
 */
export async function appendAudit(
  tx: Tx | Db,
  input: AuditInput,
  shards: number = AUDIT_SHARDS,
): Promise<void> {
  const append = async (t: Tx) => appendAt(t, input, await pickHead(t, input.tenantId, shards));
  if (tx instanceof PgTransaction) return append(tx as Tx);
  return tx.transaction(append);
}
