import { createHash } from 'node:crypto';
import { canonicalJson } from '../../lib/canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export type AuditRecord = {
  tenantId: string;
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

/** The chain link: each row's hash covers the previous hash and the row itself. */
export function hashAuditRecord(prevHash: string, record: AuditRecord): string {
  const normalised = { ...record, at: new Date(record.at).toISOString() };
  return createHash('sha256').update(prevHash).update(canonicalJson(normalised)).digest('hex');
}
