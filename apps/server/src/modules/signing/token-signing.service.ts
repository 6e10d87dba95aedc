import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Readable } from 'node:stream';
import { foldVietnamese } from '@vinhdanh/domain/text/fold';
import { and, eq } from 'drizzle-orm';
import type { Config } from '../../config/config';
import type { Db } from '../../db/client';
import { tokenSigning } from '../../db/schema/index';
import { requireAccess } from '../../lib/access';
import type { RequestContext } from '../../lib/context';
import { rethrowUnique } from '../../lib/db-errors';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { storageFor } from '../../lib/storage';
import { appendAudit } from '../../platform/audit/append-audit';
import { decidingUnitOf, leaderAtUnit } from '../decisions/index';
import {
  generateDecisionCertificates,
  loadDecisionContent,
  loadDocumentSettings,
  renderPdf,
} from '../documents/index';
import { decisionRef } from '../records/index';
import { onlyContentsFilled, preparePdfForSigning } from './pades';
import { checkPdfSignature } from './pades-verify';
import { findSignedDocument, keepSignedFile, type SignedKind } from './signed-documents.repository';
import { decisionSignature } from './signing.service';

// Signing on the signer's own token (docs/signing.md): the server prepares the decision and its
// certificates with a signature placeholder; the national CA's plug-in on the signer's computer
// fetches each file, signs it with the token and uploads it back (with the session's secret, since
// it runs outside the browser's session); the signer then completes the signing in the console,
// which keeps both files as signed_document rows (method TOKEN) as seal signing does.

/** A prepared session lasts this long: long enough to find the token and type its PIN. */
const SESSION_MINUTES = 30;

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

async function collect(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/**
 * The signer model: the account holds the leader role at the deciding unit (as for issuing) and
 * is linked to a person, whose name the token's certificate must carry.
 */
async function tokenSigner(db: Db, tenantId: string, decisionId: string, userId: string) {
  const unitId = await decidingUnitOf(db, tenantId, decisionId);
  const leader = await leaderAtUnit(db, tenantId, unitId, userId);
  if (!leader.personId || !leader.personName) throw new AppError('TOKEN_SIGNER_NO_PERSON');
  return { ...leader, personName: leader.personName };
}

/** Same name once diacritics, case and spacing are set aside ("NGUYEN VAN A" = "Nguyễn Văn A"). */
const sameName = (a: string, b: string) =>
  foldVietnamese(a).replace(/\s+/g, ' ').trim() === foldVietnamese(b).replace(/\s+/g, ' ').trim();

const filePath = (tenantId: string, sessionId: string, kind: SignedKind) =>
  `/api/token-signing/${tenantId}/${sessionId}/${kind}`;

/**
 * Prepares the decision and its certificates for the signer's token. The signer is the account
 * preparing it, or the leader a clerk names (as when issuing); the certificate must be theirs.
 */
export async function prepareTokenSigning(
  db: Db,
  config: Config,
  ctx: RequestContext,
  decisionId: string,
  verifyBaseUrl: string,
  signerUserId: string = ctx.actor.userId,
) {
  const { decision } = await requireAccess(db, ctx, 'decision:issue', decisionRef(decisionId));
  const tenantId = ctx.actor.tenantId;
  if (await findSignedDocument(db, tenantId, decisionId, 'DECISION'))
    throw new AppError('DECISION_ALREADY_SIGNED');
  const signer = await tokenSigner(db, tenantId, decisionId, signerUserId);
  const settings = await loadDocumentSettings(db, tenantId);
  const { model, baseName } = await loadDecisionContent(db, ctx, decisionId);
  const certificates = await generateDecisionCertificates(db, ctx, decisionId, 'full', verifyBaseUrl);
  const signingTime = new Date();
  const meta = (reason: string) => ({
    name: signer.personName,
    reason,
    location: settings.placeName,
    signingTime,
  });
  const files = [
    {
      kind: 'DECISION' as const,
      name: `${baseName}.pdf`,
      bytes: await preparePdfForSigning(
        await renderPdf(model),
        meta(`Ban hanh Quyet dinh so ${decision.number}`),
      ),
    },
    {
      kind: 'CERTIFICATES' as const,
      name: certificates.name,
      bytes: await preparePdfForSigning(
        await collect(certificates.stream),
        meta(`Giay khen, Bang khen theo Quyet dinh so ${decision.number}`),
      ),
    },
  ];
  const storage = storageFor(config.dataDir);
  const sessionId = newId();
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(signingTime.getTime() + SESSION_MINUTES * 60_000);
  for (const f of files) {
    const object = await storage.put(f.bytes);
    await db.insert(tokenSigning).values({
      tenantId,
      id: newId(),
      sessionId,
      decisionId,
      kind: f.kind,
      name: f.name,
      preparedKey: object.key,
      preparedSha256: object.sha256,
      secretSha256: sha256(secret),
      preparedBy: ctx.actor.userId,
      signerUserId,
      signingTime,
      expiresAt,
    });
  }
  return {
    sessionId,
    secret,
    expiresAt: expiresAt.toISOString(),
    signerName: signer.personName,
    documents: files.map((f) => ({
      kind: f.kind,
      name: f.name,
      fileUrl: `${filePath(tenantId, sessionId, f.kind)}?key=${secret}`,
      uploadUrl: `${filePath(tenantId, sessionId, f.kind)}?key=${secret}`,
    })),
  };
}

/** The session's file for the plug-in, found by the secret in its URL (the plug-in has no cookie). */
async function sessionFile(db: Db, tenantId: string, sessionId: string, kind: SignedKind, secret: string) {
  const [row] = await db
    .select()
    .from(tokenSigning)
    .where(
      and(
        eq(tokenSigning.tenantId, tenantId),
        eq(tokenSigning.sessionId, sessionId),
        eq(tokenSigning.kind, kind),
      ),
    );
  const given = Buffer.from(sha256(secret), 'hex');
  if (
    !row ||
    !timingSafeEqual(given, Buffer.from(row.secretSha256, 'hex')) ||
    row.expiresAt.getTime() < Date.now()
  )
    throw new AppError('TOKEN_SIGNING_NOT_FOUND');
  return row;
}

/** The prepared PDF, as the plug-in downloads it to sign. */
export async function preparedFile(
  db: Db,
  config: Config,
  tenantId: string,
  sessionId: string,
  kind: SignedKind,
  secret: string,
) {
  const row = await sessionFile(db, tenantId, sessionId, kind, secret);
  return { name: row.name, bytes: Buffer.from(await storageFor(config.dataDir).get(row.preparedKey)) };
}

/**
 * The signed copy the plug-in uploads: it must be the prepared file with only /Contents filled,
 * its signature must verify (pkijs), and the certificate must name the signer's person.
 */
export async function acceptSignedFile(
  db: Db,
  config: Config,
  tenantId: string,
  sessionId: string,
  kind: SignedKind,
  secret: string,
  signed: Buffer,
) {
  const row = await sessionFile(db, tenantId, sessionId, kind, secret);
  if (await findSignedDocument(db, tenantId, row.decisionId, 'DECISION'))
    throw new AppError('DECISION_ALREADY_SIGNED');
  const storage = storageFor(config.dataDir);
  const prepared = Buffer.from(await storage.get(row.preparedKey));
  if (!onlyContentsFilled(prepared, signed)) throw new AppError('TOKEN_FILE_MISMATCH');
  const check = await checkPdfSignature(signed);
  if (check.status !== 'VALID' || !check.signerName || !check.signerCertificateSha256)
    throw new AppError('TOKEN_SIGNATURE_INVALID');
  const signer = await tokenSigner(db, tenantId, row.decisionId, row.signerUserId);
  if (!sameName(check.signerName, signer.personName)) throw new AppError('TOKEN_CERTIFICATE_NOT_SIGNER');
  const object = await storage.put(signed);
  await db
    .update(tokenSigning)
    .set({
      signedKey: object.key,
      signedSha256: object.sha256,
      signedSizeBytes: object.sizeBytes,
      signerName: check.signerName,
      signerCertificateSha256: check.signerCertificateSha256,
    })
    .where(and(eq(tokenSigning.tenantId, tenantId), eq(tokenSigning.id, row.id)));
  return { kind, status: check.status, signerName: check.signerName, sha256: object.sha256 };
}

/** The signer completes the session once both files came back signed: they are kept as signed. */
export async function completeTokenSigning(
  db: Db,
  config: Config,
  ctx: RequestContext,
  decisionId: string,
  sessionId: string,
) {
  await requireAccess(db, ctx, 'decision:issue', decisionRef(decisionId));
  const tenantId = ctx.actor.tenantId;
  const rows = await db
    .select()
    .from(tokenSigning)
    .where(
      and(
        eq(tokenSigning.tenantId, tenantId),
        eq(tokenSigning.sessionId, sessionId),
        eq(tokenSigning.decisionId, decisionId),
      ),
    );
  if (rows.length === 0 || rows.some((r) => r.preparedBy !== ctx.actor.userId))
    throw new AppError('TOKEN_SIGNING_NOT_FOUND');
  const signed = rows.flatMap((r) =>
    r.signedKey && r.signedSha256 && r.signerName && r.signerCertificateSha256 && r.signedSizeBytes !== null
      ? [
          {
            ...r,
            signedKey: r.signedKey,
            signedSha256: r.signedSha256,
            signerName: r.signerName,
            signerCertificateSha256: r.signerCertificateSha256,
            signedSizeBytes: r.signedSizeBytes,
          },
        ]
      : [],
  );
  if (signed.length !== rows.length) throw new AppError('TOKEN_SIGNING_INCOMPLETE');
  const first = signed[0];
  if (!first) throw new AppError('INTERNAL');
  await db
    .transaction(async (tx) => {
      for (const f of signed)
        await keepSignedFile(tx, {
          tenantId,
          decisionId,
          kind: f.kind as SignedKind,
          name: f.name,
          sizeBytes: f.signedSizeBytes,
          sha256: f.signedSha256,
          storageKey: f.signedKey,
          method: 'TOKEN',
          signerName: f.signerName,
          signerCertificateSha256: f.signerCertificateSha256,
          signedAt: f.signingTime,
          signedBy: ctx.actor.userId,
        });
      await tx
        .delete(tokenSigning)
        .where(and(eq(tokenSigning.tenantId, tenantId), eq(tokenSigning.sessionId, sessionId)));
      await appendAudit(tx, {
        tenantId,
        actorId: ctx.actor.userId,
        action: 'decision.sign',
        entityType: 'decision',
        entityId: decisionId,
        before: null,
        after: {
          method: 'TOKEN',
          signerName: first.signerName,
          signerCertificateSha256: first.signerCertificateSha256,
          documents: signed.map((f) => ({ kind: f.kind, sha256: f.signedSha256 })),
        },
        requestId: ctx.requestId,
      });
    })
    .catch(rethrowUnique('DECISION_ALREADY_SIGNED'));
  return decisionSignature(db, config, ctx, decisionId);
}
