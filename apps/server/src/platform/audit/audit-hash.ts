import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditRecord = {
  tenantId: string;
  /** The chain of the tenant the row belongs to (append-audit.ts); seq and prevHash are per shard. */
  shard: number;
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  requestId: string | null;
};

/**
 * The chain link: each row's hash covers the previous hash and the row itself. Shard 0 is hashed
 * without the shard field, exactly as rows were hashed before the log had shards (migration 0040
 * made every earlier row shard 0), so old chains still verify; every other shard is in the hash.
 * Moving a row between shards therefore always changes its hash.
 */
export function hashAuditRecord(prevHash: string, record: AuditRecord): string {
  const { shard, ...rest } = record;
  const normalised = { ...rest, ...(shard === 0 ? {} : { shard }), at: new Date(record.at).toISOString() };
  return createHash('sha256').update(prevHash).update(canonicalJson(normalised)).digest('hex');
}
