import type { Readable } from 'node:stream';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  generateDecisionCertificates,
  loadDecisionContent,
  loadDocumentSettings,
  renderPdf,
} from '../documents/index';
import { decisionRef } from '../records/index';
import { signPdf } from './pades';
import { checkPdfSignature } from './pades-verify';
import { certificateSha256, subjectName } from './pkcs12';
import {
  findSignedDocument,
  keepSignedFile,
  listSignedDocuments,
  type SignedDocumentRow,
  type SignedKind,
  type StoredKind,
} from './signed-documents.repository';
import { loadTenantSeal } from './tenant-seal';

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export const presentSigned = (d: SignedDocumentRow) => ({
  kind: d.kind as StoredKind,
  name: d.name,
  sha256: d.sha256,
  sizeBytes: d.sizeBytes,
  method: d.method,
  signerName: d.signerName,
  signedAt: d.signedAt.toISOString(),
});

/**
 * Signs a decision with the tenant's seal (PAdES B-B): its quyết định with the annex, and its
 * certificates, each one PDF rendered from the same content as the .docx. Both are kept in file
 * storage; from then on the decision and its awards cannot be changed (DECISION_SIGNED).
 */
export async function signDecisionWithSeal(
  db: Db,
  config: Config,
  ctx: RequestContext,
  decisionId: string,
  verifyBaseUrl: string,
) {
  const { decision } = await requireAccess(db, ctx, 'decision:issue', decisionRef(decisionId));
  const tenantId = ctx.actor.tenantId;
  if (await findSignedDocument(db, tenantId, decisionId, 'DECISION'))
    throw new AppError('DECISION_ALREADY_SIGNED');
  const identity = await loadTenantSeal(db, config, tenantId);
  const settings = await loadDocumentSettings(db, tenantId);
  const { model, baseName } = await loadDecisionContent(db, ctx, decisionId);
  const certificates = await generateDecisionCertificates(db, ctx, decisionId, 'full', verifyBaseUrl);
  const signingTime = new Date();
  const signerName = subjectName(identity.certificate);
  const meta = (reason: string) => ({ name: signerName, reason, location: settings.placeName, signingTime });
  const files = [
    {
      kind: 'DECISION' as const,
      name: `${baseName}.pdf`,
      bytes: await signPdf(
        await renderPdf(model),
        meta(`Ban hanh Quyet dinh so ${decision.number}`),
        identity,
      ),
    },
    {
      kind: 'CERTIFICATES' as const,
      name: certificates.name,
      bytes: await signPdf(
        await collect(certificates.stream),
        meta(`Giay khen, Bang khen theo Quyet dinh so ${decision.number}`),
        identity,
      ),
    },
  ];
  // Read back before keeping them: a file that does not verify is never stored as signed.
  for (const f of files) {
    if ((await checkPdfSignature(f.bytes)).status !== 'VALID') throw new AppError('INTERNAL');
  }
  const storage = storageFor(config.dataDir);
  const stored = await Promise.all(files.map(async (f) => ({ ...f, object: await storage.put(f.bytes) })));
  const certSha = certificateSha256(identity.certificate);
  await db
    .transaction(async (tx) => {
      for (const f of stored)
        await keepSignedFile(tx, {
          tenantId,
          decisionId,
          kind: f.kind,
          name: f.name,
          sizeBytes: f.object.sizeBytes,
          sha256: f.object.sha256,
          storageKey: f.object.key,
          method: 'SEAL',
          signerName,
          signerCertificateSha256: certSha,
          signedAt: signingTime,
          signedBy: ctx.actor.userId,
        });
      await appendAudit(tx, {
        tenantId,
        actorId: ctx.actor.userId,
        action: 'decision.sign',
        entityType: 'decision',
        entityId: decisionId,
        before: null,
        after: {
          method: 'SEAL',
          signerName,
          signerCertificateSha256: certSha,
          documents: stored.map((f) => ({ kind: f.kind, sha256: f.object.sha256 })),
        },
        requestId: ctx.requestId,
      });
    })
    // Two people pressing "Ký số" at once: the second finds it signed.
    .catch(rethrowUnique('DECISION_ALREADY_SIGNED'));
  return decisionSignature(db, config, ctx, decisionId);
}

/**
 * Whether the decision is signed, by whom and when, and its signed files, each verified again from
 * the stored bytes: the console says "hợp lệ" from a check, not from the fact that it was signed.
 */
export async function decisionSignature(db: Db, config: Config, ctx: RequestContext, decisionId: string) {
  await requireAccess(db, ctx, 'document:generate', decisionRef(decisionId));
  const docs = await listSignedDocuments(db, ctx.actor.tenantId, decisionId);
  const main = docs.find((d) => d.kind === 'DECISION');
  const storage = storageFor(config.dataDir);
  const documents = await Promise.all(
    docs.map(async (d) => ({
      ...presentSigned(d),
      status: (await checkPdfSignature(Buffer.from(await storage.get(d.storageKey)))).status,
    })),
  );
  return {
    signed: main !== undefined,
    signerName: main?.signerName ?? null,
    signedAt: main?.signedAt.toISOString() ?? null,
    documents,
  };
}

/** The stored signed PDF of a decision, or null when it has not been signed. */
export async function signedPdf(
  db: Db,
  config: Config,
  ctx: RequestContext,
  decisionId: string,
  kind: SignedKind,
) {
  await requireAccess(db, ctx, 'document:generate', decisionRef(decisionId));
  const row = await findSignedDocument(db, ctx.actor.tenantId, decisionId, kind);
  if (!row) return null;
  return { file: Buffer.from(await storageFor(config.dataDir).get(row.storageKey)), name: row.name };
}
