import { and, eq } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { award, awardVerification, decision } from '../../db/schema/index';
import { storageFor } from '../../lib/storage';
import { checkPdfSignature, type SignatureStatus } from './pades-verify';
import {
  findSignedBySha256,
  isTenantCertificate,
  listSignedDocuments,
  type StoredKind,
} from './signed-documents.repository';

// What the public portal says about signatures: for a certificate's code, whether its decision's
// signed PDFs verify (checked with pkijs on every view, from the stored bytes); for an uploaded
// PDF, whether its signature holds and whether it is the tenant's.

export type StoredSignature = {
  kind: StoredKind;
  status: SignatureStatus;
  signerName: string | null;
  signedAt: Date | null;
};

/** The decision's signed PDFs behind a certificate's verification code, each checked. */
export async function signaturesForCode(db: Db, dataDir: string, code: string) {
  // The code is 128 random bits, unique per tenant: it finds its tenant as verifyCode does.
  const [row] = await db
    .select({ tenantId: award.tenantId, decisionId: award.decisionId, awardId: award.id })
    .from(awardVerification)
    .innerJoin(
      award,
      and(eq(award.tenantId, awardVerification.tenantId), eq(award.id, awardVerification.awardId)),
    )
    .where(eq(awardVerification.code, code))
    .limit(1);
  if (!row?.decisionId) return [];
  const docs = await listSignedDocuments(db, row.tenantId, row.decisionId);
  const storage = storageFor(dataDir);
  const checked: StoredSignature[] = [];
  // A certificate received from the upper level is one award's: only that award's shows here.
  for (const d of docs.filter((doc) => doc.awardId === null || doc.awardId === row.awardId)) {
    const check = await checkPdfSignature(Buffer.from(await storage.get(d.storageKey)));
    checked.push({
      kind: d.kind as StoredKind,
      status: check.status,
      signerName: check.signerName,
      signedAt: check.signedAt,
    });
  }
  return checked.sort((a, b) => a.kind.localeCompare(b.kind)).reverse();
}

export type UploadVerdict = 'ORIGINAL' | 'TENANT_SIGNED' | 'OTHER_SIGNER' | 'INVALID' | 'UNSIGNED';

/** An uploaded PDF that claims to come from the tenant: what its signature shows. */
export async function checkUploadedPdf(db: Db, tenantId: string, pdf: Buffer) {
  const check = await checkPdfSignature(pdf);
  const original = await findSignedBySha256(db, tenantId, check.fileSha256);
  let decisionNumber: string | null = null;
  if (original) {
    const [d] = await db
      .select({ number: decision.number })
      .from(decision)
      .where(and(eq(decision.tenantId, tenantId), eq(decision.id, original.decisionId)));
    decisionNumber = d?.number ?? null;
  }
  let verdict: UploadVerdict;
  if (check.status === 'UNSIGNED') verdict = 'UNSIGNED';
  else if (check.status !== 'VALID') verdict = 'INVALID';
  else if (original) verdict = 'ORIGINAL';
  else if (
    check.signerCertificateSha256 &&
    (await isTenantCertificate(db, tenantId, check.signerCertificateSha256))
  )
    verdict = 'TENANT_SIGNED';
  else verdict = 'OTHER_SIGNER';
  return { verdict, check, kind: (original?.kind as StoredKind | undefined) ?? null, decisionNumber };
}
