import {
  bigint,
  index,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';

// Append-only and hash-chained per tenant and shard: hash = SHA-256(prev_hash + canonical row).
// A tenant's log is several independent chains (shards, platform/audit/append-audit.ts), so
// concurrent writers of one tenant do not all wait on one head row. A trigger refuses UPDATE and
// DELETE (the one piece of logic kept in the database).
export const auditEvent = pgTable(
  'audit_event',
  {
    tenantId: uuid('tenant_id').notNull(),
    shard: smallint('shard').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    id: uuid('id').notNull(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull(),
    actorId: uuid('actor_id'),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.shard, t.seq] }),
    // The log reads newest first across the shards: by time, then id for a stable order.
    index('audit_event_tenant_at_idx').on(t.tenantId, t.at, t.id),
  ],
);

/** The head of each chain of a tenant; one is locked FOR UPDATE to append to it. */
export const auditHead = pgTable(
  'audit_head',
  {
    tenantId: uuid('tenant_id').notNull(),
    shard: smallint('shard').notNull(),
    seq: bigint('seq', { mode: 'number' }).notNull(),
    hash: text('hash').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.shard] })],
);
