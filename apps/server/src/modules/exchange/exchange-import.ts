import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { exchangePackage, tenant } from '../../db/schema/index';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { appendAudit } from '../../platform/audit/append-audit';
import { storeUpload } from '../../platform/upload/index';
import { applyDossier } from './exchange-incoming';
import { applyReply } from './exchange-replies';
import { manifestComponents, type PackageKind } from './package-format';
import { openPackage } from './package-seal';

// The receiving side of every transport: a package is opened (shape, signature, files), its sender
// and recipient checked, and it is written with its files in one transaction, so a package is
// either wholly there or not at all. The unique (tenant, IN, package id, version) makes a repeat, a
// retry after a lost answer or the same file uploaded twice, a no-op that answers as the first did.

export type ImportOrigin =
  /** Another tenant of this deployment: it must be the receiver's child (tenant.parent_tenant_id). */
  | { via: 'SAME_DEPLOYMENT' }
  /** Another deployment over mutual TLS: the tenant its client certificate was issued to. */
  | { via: 'HTTPS'; senderCode: string }
  /** A downloaded file, uploaded by an officer of the receiving tenant. */
  | { via: 'FILE'; actorId: string | null };

export type ImportResult = { id: string; duplicate: boolean };

/**
 * Who may send what: a dossier comes up from a child tenant (tenant.parent_tenant_id is the
 * receiver), a reply (RETURN, DECISION) comes down from the receiver's parent. Over HTTPS the
 * sender is the tenant its client certificate names; a file from a tenant of this deployment must
 * keep the same relation (from another deployment its signature is the check).
 */
async function checkSender(
  db: Db,
  receiver: { tenantId: string; parentTenantId: string | null },
  senderCode: string,
  kind: PackageKind,
  origin: ImportOrigin,
) {
  if (origin.via === 'HTTPS') {
    if (origin.senderCode !== senderCode) throw new AppError('PACKAGE_UNKNOWN_SENDER');
    return;
  }
  const [sender] = await db
    .select({ id: tenant.tenantId, parent: tenant.parentTenantId })
    .from(tenant)
    .where(eq(tenant.code, senderCode));
  if (!sender) {
    if (origin.via === 'SAME_DEPLOYMENT') throw new AppError('PACKAGE_UNKNOWN_SENDER');
    return;
  }
  const related =
    kind === 'DOSSIER' ? sender.parent === receiver.tenantId : receiver.parentTenantId === sender.id;
  if (!related) throw new AppError('PACKAGE_UNKNOWN_SENDER');
}

export async function importPackage(
  db: Db,
  dataDir: string,
  receiverId: string,
  input: unknown,
  origin: ImportOrigin,
): Promise<ImportResult> {
  const opened = await openPackage(input);
  const { manifest } = opened;
  const [receiver] = await db.select().from(tenant).where(eq(tenant.tenantId, receiverId));
  if (!receiver || receiver.code !== manifest.recipient.code) throw new AppError('PACKAGE_WRONG_RECIPIENT');
  await checkSender(db, receiver, manifest.sender.code, manifest.kind, origin);
  const key = and(
    eq(exchangePackage.tenantId, receiverId),
    eq(exchangePackage.direction, 'IN'),
    eq(exchangePackage.packageId, manifest.packageId),
    eq(exchangePackage.version, manifest.version),
  );
  return db.transaction(async (tx) => {
    const id = newId();
    const [inserted] = await tx
      .insert(exchangePackage)
      .values({
        tenantId: receiverId,
        id,
        direction: 'IN',
        packageId: manifest.packageId,
        version: manifest.version,
        kind: manifest.kind,
        peerTenantCode: manifest.sender.code,
        manifest,
        status: 'RECEIVED',
        transport: origin.via,
        manifestText: opened.manifestText,
        signature: Buffer.from(opened.signature).toString('base64'),
        signerCertificateSha256: opened.signerCertificateSha256,
        // A reply names the dossier it answers by its id at the receiver (the sender of the dossier).
        proposalId: manifest.kind === 'DOSSIER' ? null : manifest.dossierId,
      })
      .onConflictDoNothing()
      .returning({ id: exchangePackage.id });
    if (!inserted) {
      // Already received (or being received by a concurrent request, which the unique index waited for).
      const [existing] = await tx.select({ id: exchangePackage.id }).from(exchangePackage).where(key);
      return { id: existing?.id ?? id, duplicate: true };
    }
    for (const component of manifestComponents(manifest)) {
      const bytes = opened.files.get(component.sha256);
      if (!bytes) throw new AppError('PACKAGE_FILE_MISMATCH');
      await storeUpload(
        tx,
        dataDir,
        { tenantId: receiverId, uploadedBy: origin.via === 'FILE' ? origin.actorId : null },
        { recordType: 'exchange_package', recordId: id },
        { fileName: component.fileName, mimeType: component.mediaType, bytes },
      );
    }
    await appendAudit(tx, {
      tenantId: receiverId,
      actorId: origin.via === 'FILE' ? origin.actorId : null,
      action: 'exchange.receive',
      entityType: 'exchange_package',
      entityId: id,
      after: {
        packageId: manifest.packageId,
        version: manifest.version,
        sender: manifest.sender.code,
        via: origin.via,
        signerCertificateSha256: opened.signerCertificateSha256,
      },
    });
    // A dossier from below becomes an incoming dossier (exchange-incoming.ts), a reply from the
    // upper level is applied to its dossier (exchange-replies.ts), both in this transaction.
    if (manifest.kind === 'DOSSIER')
      await applyDossier(tx, { receiverId, rowId: id, manifest, receivedAt: new Date() });
    else await applyReply(tx, { receiverId, rowId: id, manifest, files: opened.files });
    return { id, duplicate: false };
  });
}
