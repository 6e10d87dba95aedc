import type { Db } from '../../db/client';
import { requireAccess, TENANT_ROOT } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  type DocumentSettings,
  loadDocumentSettings,
  saveDocumentSettings,
} from './document-settings.repository';
import type { DocumentSettingsInput } from './document-settings.schemas';

/** Anyone who prints the documents may see what they will carry. */
export async function getDocumentSettings(db: Db, ctx: RequestContext): Promise<DocumentSettings> {
  authorize(ctx.actor, 'document:generate');
  return loadDocumentSettings(db, ctx.actor.tenantId);
}

/**
 * The settings print on every document of the tenant, so only an actor scoped to the tenant root
 * changes them. Last writer wins (one small row, edited rarely, by one office); the audit event
 * keeps the values before and after, so an overwritten change can be seen and restored.
 */
export async function updateDocumentSettings(
  db: Db,
  ctx: RequestContext,
  input: DocumentSettingsInput,
): Promise<DocumentSettings> {
  await requireAccess(db, ctx, 'documentSettings:manage', TENANT_ROOT);
  const tenantId = ctx.actor.tenantId;
  return db.transaction(async (tx) => {
    const before = await loadDocumentSettings(tx, tenantId);
    const after: DocumentSettings = {
      ...input,
      parentBody: input.parentBody || null,
      signingCertificateFile:
        input.signingCertificateFile === undefined
          ? before.signingCertificateFile
          : input.signingCertificateFile || null,
    };
    await saveDocumentSettings(tx, tenantId, after);
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'documentSettings.update',
      entityType: 'documentSettings',
      entityId: tenantId,
      before,
      after,
      requestId: ctx.requestId,
    });
    return after;
  });
}
