import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import { nextDecisionNumber } from '../decisions/index';
import { loadDocumentSettings } from '../documents/index';
import { loadTenantRuleSets } from '../rule-params/index';
import { sealPdfs } from '../signing/index';
import {
  incomingAuthority,
  incomingCertificatePdf,
  renderIncomingDecisionPdf,
} from './incoming-decision-documents';
import {
  type DecisionFile,
  type IssuedDecision,
  insertStoredFile,
  signerOf,
  tenantParty,
  updateIncomingDossier,
} from './incoming-dossiers.repository';
import type { DecideIncomingInput } from './incoming-dossiers.schemas';
import { getIncoming } from './incoming-dossiers.service';
import { incomingDossierRef } from './incoming-dossiers-access';
import { lockForAction, queueReply } from './incoming-replies';

const fileSlug = (s: string) => s.replace(/[^\p{L}\d-]+/gu, '-');

/**
 * Ban hành quyết định on an approved dossier: the next number of this tenant's decision register,
 * the decision PDF and one certificate PDF per approved item from the documents' content model,
 * each signed with this tenant's seal (PAdES B-B) and kept in file storage, then the DECISION
 * package (the decision, per item approved or not, and the signed files) sealed and queued to the
 * sender — all in one transaction, so a decision is numbered, kept and sent, or none of these.
 * The signer is the acting user (the signer model: a leader, the position title printed).
 */
export async function decideIncoming(
  db: Db,
  config: Config,
  ctx: RequestContext,
  id: string,
  input: DecideIncomingInput,
  verifyBaseUrl: string,
) {
  await requireAccess(db, ctx, 'decision:issue', incomingDossierRef(id));
  const tenantId = ctx.actor.tenantId;
  const signer = await signerOf(db, tenantId, ctx.actor.userId);
  if (!signer)
    throw new AppError('SIGNER_NOT_LEADER', [
      { path: 'signerUserId', message: 'Người ký không phải lãnh đạo của cấp ra quyết định' },
    ]);
  const settings = await loadDocumentSettings(db, tenantId);
  const ruleSets = await loadTenantRuleSets(db, tenantId);
  const me = await tenantParty(db, tenantId);
  const storage = storageFor(config.dataDir);
  await db.transaction(async (tx) => {
    const row = await lockForAction(tx, tenantId, id, input.expectedVersion, ['APPROVED']);
    const items = row.manifest.dossier.items;
    if (!items.every((i) => row.approvals[i.id] !== undefined))
      throw new AppError('INCOMING_DOSSIER_NOT_APPROVED');
    const approved = items.filter((i) => row.approvals[i.id]?.approved);
    const year = Number(input.signedOn.slice(0, 4));
    const number = `${await nextDecisionNumber(tx, tenantId, year)}/QĐ-TTg`;
    const base = {
      row,
      approved,
      number,
      signedOn: input.signedOn,
      signer: { name: signer.name, title: signer.title },
      placeName: settings.placeName,
      issuingTenant: me.name,
      ruleSet: ruleSets.at(input.signedOn),
      catalogue: ruleSets.names(input.signedOn),
      verifyUrl: `${verifyBaseUrl}/cong-khai/xac-minh`,
    };
    const lines = incomingAuthority(base);
    const unsigned: (Pick<DecisionFile, 'kind' | 'itemId' | 'name'> & { bytes: Buffer; reason: string })[] = [
      {
        kind: 'DECISION',
        itemId: null,
        name: `quyet-dinh-${fileSlug(number)}.pdf`,
        bytes: await renderIncomingDecisionPdf(base),
        reason: `Ban hanh Quyet dinh so ${number}`,
      },
    ];
    for (const [n, item] of approved.entries())
      unsigned.push({
        kind: 'CERTIFICATE',
        itemId: item.id,
        name: `bang-khen-${fileSlug(number)}-${n + 1}.pdf`,
        bytes: await incomingCertificatePdf(base, item, n + 1),
        reason: `Bang khen theo Quyet dinh so ${number}`,
      });
    const sealed = await sealPdfs(tx, config, tenantId, unsigned);
    const files: DecisionFile[] = [];
    for (const [n, f] of unsigned.entries()) {
      const bytes = sealed.files[n] as Buffer;
      const object = await storage.put(bytes);
      const fileId = newId();
      await insertStoredFile(tx, {
        tenantId,
        id: fileId,
        name: f.name,
        mimeType: 'application/pdf',
        sizeBytes: object.sizeBytes,
        sha256: object.sha256,
        storageKey: object.key,
      });
      files.push({
        kind: f.kind,
        itemId: f.itemId,
        name: f.name,
        fileId,
        sha256: object.sha256,
        sizeBytes: object.sizeBytes,
      });
    }
    const decision: IssuedDecision = {
      number,
      signedOn: input.signedOn,
      issuer: lines.issuingBody,
      signerName: signer.name,
      signerTitle: signer.title ?? lines.decider,
      items: items.map((i) => ({
        itemId: i.id,
        approved: row.approvals[i.id]?.approved === true,
        awardCode: i.awardCode,
        reason: row.approvals[i.id]?.reason ?? null,
        certificateSha256: files.find((f) => f.itemId === i.id)?.sha256 ?? null,
      })),
      files,
      at: new Date().toISOString(),
    };
    const { files: _files, at: _at, ...sent } = decision;
    const outgoingId = await queueReply(
      tx,
      config,
      ctx.actor.userId,
      row,
      {
        kind: 'DECISION',
        decision: sent,
        components: files.map((f) => ({
          name: f.kind === 'DECISION' ? 'Quyết định khen thưởng (đã ký số)' : 'Bằng khen (đã ký số)',
          fileName: f.name,
          mediaType: 'application/pdf',
          sizeBytes: f.sizeBytes,
          sha256: f.sha256,
        })),
      },
      sealed.files,
    );
    await updateIncomingDossier(tx, tenantId, id, { status: 'DECIDED', decision });
    await appendAudit(tx, {
      tenantId,
      actorId: ctx.actor.userId,
      action: 'incomingDossier.decide',
      entityType: 'incoming_dossier',
      entityId: id,
      before: { status: row.status },
      after: {
        status: 'DECIDED',
        version: row.version,
        number,
        signedOn: input.signedOn,
        signerCertificateSha256: sealed.certificateSha256,
        documents: files.map((f) => ({ kind: f.kind, sha256: f.sha256 })),
        outgoingId,
      },
      requestId: ctx.requestId,
    });
  });
  return getIncoming(db, ctx, id);
}
