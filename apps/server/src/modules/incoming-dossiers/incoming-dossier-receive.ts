import type { Tx } from '../../db/client';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import type { ReceivedDossier } from '../exchange/index';
import {
  findByPackage,
  insertIncomingDossier,
  updateIncomingDossier,
  type VersionEntry,
} from './incoming-dossiers.repository';

/**
 * The exchange's handler of a received DOSSIER package, in the import's transaction: the first
 * version creates the incoming dossier; a later version of the same package (a resend after a
 * return) replaces what the dossier says, clears the approvals and puts it back to RECEIVED. An
 * older version arriving late is listed but changes nothing; nor does any version after the
 * decision (the sender gets the decision, not a reopened dossier).
 */
export async function receiveIncomingDossier(tx: Tx, received: ReceivedDossier) {
  const { manifest: m, receiverId: tenantId } = received;
  const entry: VersionEntry = {
    version: m.version,
    receivedAt: received.receivedAt.toISOString(),
    packageRowId: received.rowId,
  };
  const current = {
    version: m.version,
    packageRowId: received.rowId,
    dossierId: m.dossier.id,
    title: m.dossier.title,
    year: m.dossier.year,
    senderName: m.sender.name,
    manifest: m,
  };
  const id = newId();
  const inserted = await insertIncomingDossier(tx, {
    tenantId,
    id,
    senderCode: m.sender.code,
    packageId: m.packageId,
    ...current,
    status: 'RECEIVED',
    versions: [entry],
    approvals: {},
    returns: [],
    decision: null,
    receivedAt: received.receivedAt,
    updatedAt: received.receivedAt,
  });
  let dossierId = inserted?.id;
  let reopened = true;
  if (!inserted) {
    const row = await findByPackage(tx, tenantId, m.sender.code, m.packageId);
    if (!row) throw new Error('incoming dossier vanished under its lock');
    dossierId = row.id;
    const versions = [...row.versions, entry].sort((a, b) => a.version - b.version);
    reopened = m.version > row.version && row.status !== 'DECIDED';
    await updateIncomingDossier(
      tx,
      tenantId,
      row.id,
      reopened
        ? { ...current, status: 'RECEIVED', approvals: {}, versions, receivedAt: received.receivedAt }
        : { versions },
    );
  }
  await appendAudit(tx, {
    tenantId,
    actorId: null,
    action: 'incomingDossier.receive',
    entityType: 'incoming_dossier',
    entityId: dossierId as string,
    after: { sender: m.sender.code, packageId: m.packageId, version: m.version, reopened },
  });
}
