import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { signedDocument, storedFile } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import { authorize } from '../../lib/authorize';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import {
  decidingUnitOf,
  isNumberInRegister,
  nextDecisionNumber,
  type RevokeInput,
  recordAwardRevocation,
} from '../decisions/index';
import { loadDocumentSettings, renderPdf, revocationDecisionContent } from '../documents/index';
import { decisionRef, insertDecision, listDecisionAwards } from '../records/index';
import { signPdf } from './pades';
import { checkPdfSignature } from './pades-verify';
import { certificateSha256, subjectName } from './pkcs12';
import { isDecisionSigned } from './signed-documents.repository';
import { decisionSignature } from './signing.service';
import { loadTenantSeal } from './tenant-seal';

/**
 * Revoking an award of a signed decision (Law 2022, Điều 93, khoản 2): a signed decision cannot be
 * changed, so the revocation is a decision of its own — the next number of the register, the same
 * authority and signer as the decision it revokes from, signed with the tenant's seal (PAdES B-B)
 * — which records the per-award revocation (award_revocation.revocation_decision_id). All of it
 * happens in one transaction: no number is used without its signed file, nor the other way round.
 */
export async function issueRevocationDecision(
  db: Db,
  config: Config,
  ctx: RequestContext,
  decisionId: string,
  input: RevokeInput,
) {
  authorize(ctx.actor, 'decision:revoke');
  const { decision, proposal } = await requireAccess(db, ctx, 'decision:revoke', decisionRef(decisionId));
  const tenantId = ctx.actor.tenantId;
  if (!(await isDecisionSigned(db, tenantId, decisionId))) throw new AppError('DECISION_NOT_SIGNED');
  const [awardRow] = await listDecisionAwards(db, tenantId, decisionId, input.awardId);
  if (!awardRow) throw new AppError('AWARD_NOT_IN_DECISION');
  if (awardRow.isRevoked) throw new AppError('AWARD_ALREADY_REVOKED');
  // The seal first: without it nothing is numbered or revoked.
  const identity = await loadTenantSeal(db, config, tenantId);
  const settings = await loadDocumentSettings(db, tenantId);
  const ground = input.ground.toUpperCase() as 'A' | 'B' | 'C' | 'D';
  const content = await revocationDecisionContent(db, tenantId, {
    revoked: decision,
    deciderRole: proposal?.deciderRole ?? null,
    award: awardRow,
    signedOn: input.revokedOn,
    ground,
    reason: input.reason,
    recoverCertificate: input.recoverCertificate,
    recoverMoney: input.recoverMoney,
  });
  const issuerUnitId = decision.issuerUnitId ?? (await decidingUnitOf(db, tenantId, decisionId));
  const year = Number(input.revokedOn.slice(0, 4));
  // The revoked decision's symbol ("QĐ-UBND", "QĐ-SGDĐT"): the same issuer, the same register.
  const symbol = decision.number.includes('/')
    ? decision.number.slice(decision.number.indexOf('/') + 1)
    : 'QĐ-UBND';
  const printed = (n: number) => `${n}/${symbol}`;
  const signerName = subjectName(identity.certificate);
  const certSha = certificateSha256(identity.certificate);
  const storage = storageFor(config.dataDir);
  const revocationId = newId();
  let number = '';
  await db
    .transaction(async (tx) => {
      const seq = await nextDecisionNumber(tx, tenantId, year, (n) =>
        issuerUnitId
          ? isNumberInRegister(tx, tenantId, issuerUnitId, printed(n), year)
          : Promise.resolve(false),
      );
      number = printed(seq);
      await insertDecision(tx, {
        tenantId,
        id: revocationId,
        number,
        signedOn: input.revokedOn,
        issuer: decision.issuer,
        issuerUnitId,
        signer: decision.signer,
        signerPosition: decision.signerPosition,
        signedAsDeputy: decision.signedAsDeputy,
        revokesDecisionId: decisionId,
      }).catch(rethrowUnique('DUPLICATE_DECISION_NUMBER'));
      await recordAwardRevocation(tx, ctx, {
        awardId: input.awardId,
        decisionId,
        ground,
        revokedOn: input.revokedOn,
        reason: input.reason,
        recoverCertificate: input.recoverCertificate,
        recoverMoney: input.recoverMoney,
        revocationDecisionId: revocationId,
      });
      const { model, baseName } = content(number);
      const signingTime = new Date();
      const bytes = await signPdf(
        await renderPdf(model),
        {
          name: signerName,
          reason: `Thu hoi khen thuong theo Quyet dinh so ${number}`,
          location: settings.placeName,
          signingTime,
        },
        identity,
      );
      if ((await checkPdfSignature(bytes)).status !== 'VALID') throw new AppError('INTERNAL');
      const object = await storage.put(bytes);
      const fileId = newId();
      await tx.insert(storedFile).values({
        tenantId,
        id: fileId,
        name: `${baseName}.pdf`,
        mimeType: 'application/pdf',
        sizeBytes: object.sizeBytes,
        sha256: object.sha256,
        storageKey: object.key,
      });
      await tx.insert(signedDocument).values({
        tenantId,
        id: newId(),
        kind: 'DECISION',
        decisionId: revocationId,
        fileId,
        sha256: object.sha256,
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
        entityId: revocationId,
        before: null,
        after: {
          method: 'SEAL',
          signerName,
          signerCertificateSha256: certSha,
          revocationOf: { decisionId, awardId: input.awardId, number },
          documents: [{ kind: 'DECISION', sha256: object.sha256 }],
        },
        requestId: ctx.requestId,
      });
    })
    // Two people revoking the same award at once: the second finds it revoked.
    .catch(rethrowUnique('AWARD_ALREADY_REVOKED'));
  return {
    decision: { id: revocationId, number, signedOn: input.revokedOn, revokesDecisionId: decisionId },
    signature: await decisionSignature(db, config, ctx, revocationId),
  };
}
