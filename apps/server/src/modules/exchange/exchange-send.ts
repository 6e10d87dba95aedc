import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { exchangePackage } from '../../db/schema/index';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import type { OutboxHandler } from '../../platform/outbox/outbox';
import { enqueue } from '../../platform/outbox/outbox';
import { type PackageEnvelope, packageManifest } from './package-format';
import type { PackageTransport } from './transports';

// The sending side: a sealed package is written once (OUT, SENDING) with its outbox message in the
// same transaction, and the outbox delivers it through the transport chosen for the recipient,
// retrying with backoff. The envelope is stored as sealed, so every retry sends the same bytes.

export const EXCHANGE_TOPIC = 'exchange';

/** Queues a sealed package for its recipient; returns the OUT row's id. */
export async function queuePackage(
  tx: Tx | Db,
  senderId: string,
  envelope: PackageEnvelope,
  meta: { actorId: string | null; proposalId?: string | null },
): Promise<string> {
  const manifest = packageManifest.parse(JSON.parse(envelope.manifest));
  const id = newId();
  await tx.insert(exchangePackage).values({
    tenantId: senderId,
    id,
    direction: 'OUT',
    packageId: manifest.packageId,
    version: manifest.version,
    kind: manifest.kind,
    peerTenantCode: manifest.recipient.code,
    manifest,
    status: 'SENDING',
    envelope: JSON.stringify(envelope),
    proposalId: meta.proposalId ?? null,
  });
  await enqueue(tx, { tenantId: senderId, topic: EXCHANGE_TOPIC, payload: { outgoingId: id } });
  await appendAudit(tx, {
    tenantId: senderId,
    actorId: meta.actorId,
    action: 'exchange.send',
    entityType: 'exchange_package',
    entityId: id,
    after: { packageId: manifest.packageId, version: manifest.version, recipient: manifest.recipient.code },
  });
  return id;
}

/** Delivery of the 'exchange' topic: the stored envelope through the recipient's transport. */
export function exchangeHandler(
  db: Db,
  transportFor: (recipientCode: string) => Promise<PackageTransport>,
): OutboxHandler {
  return async (message) => {
    const { outgoingId } = message.payload as { outgoingId: string };
    const where = and(eq(exchangePackage.tenantId, message.tenantId), eq(exchangePackage.id, outgoingId));
    const [row] = await db.select().from(exchangePackage).where(where);
    if (!row?.envelope) throw new Error(`Không tìm thấy gói hồ sơ gửi đi ${outgoingId}`);
    const transport = await transportFor(row.peerTenantCode);
    await transport.deliver(JSON.parse(row.envelope) as PackageEnvelope, message.id);
    await db
      .update(exchangePackage)
      .set({ status: transport.name === 'FILE' ? 'DOWNLOADABLE' : 'DELIVERED', transport: transport.name })
      .where(where);
  };
}
