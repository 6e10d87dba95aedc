import { and, eq, ne } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { signedDocument, storedFile } from '../../db/schema/index';
import { newId } from '../../lib/ids';

type Conn = Db | Tx;

/** What the tenant signs: its decision, and its certificates in one PDF. */
export type SignedKind = 'DECISION' | 'CERTIFICATES';
/** What it keeps: also CERTIFICATE, one award's certificate as the upper level signed it (received in its package). */
export type StoredKind = SignedKind | 'CERTIFICATE';

const columns = {
  id: signedDocument.id,
  kind: signedDocument.kind,
  awardId: signedDocument.awardId,
  decisionId: signedDocument.decisionId,
  sha256: signedDocument.sha256,
  method: signedDocument.method,
  signerName: signedDocument.signerName,
  signerCertificateSha256: signedDocument.signerCertificateSha256,
  signedAt: signedDocument.signedAt,
  storageKey: storedFile.storageKey,
  name: storedFile.name,
  sizeBytes: storedFile.sizeBytes,
};

const joined = (db: Conn) =>
  db
    .select(columns)
    .from(signedDocument)
    .innerJoin(
      storedFile,
      and(eq(storedFile.tenantId, signedDocument.tenantId), eq(storedFile.id, signedDocument.fileId)),
    );

export type SignedDocumentRow = Awaited<ReturnType<typeof listSignedDocuments>>[number];

/** The signed PDFs of a decision (its quyết định and its certificates). */
export function listSignedDocuments(db: Conn, tenantId: string, decisionId: string) {
  return joined(db).where(
    and(eq(signedDocument.tenantId, tenantId), eq(signedDocument.decisionId, decisionId)),
  );
}

export async function findSignedDocument(db: Conn, tenantId: string, decisionId: string, kind: SignedKind) {
  const [row] = await joined(db).where(
    and(
      eq(signedDocument.tenantId, tenantId),
      eq(signedDocument.decisionId, decisionId),
      eq(signedDocument.kind, kind),
    ),
  );
  return row ?? null;
}

/** A decision whose quyết định is signed is closed to changes (DECISION_SIGNED). */
export async function isDecisionSigned(db: Conn, tenantId: string, decisionId: string | null | undefined) {
  if (!decisionId) return false;
  return (await findSignedDocument(db, tenantId, decisionId, 'DECISION')) !== null;
}

/** The tenant's signed document with exactly these bytes, if any (an uploaded copy). */
export async function findSignedBySha256(db: Conn, tenantId: string, sha256: string) {
  const [row] = await joined(db).where(
    and(eq(signedDocument.tenantId, tenantId), eq(signedDocument.sha256, sha256)),
  );
  return row ?? null;
}

/** Whether the tenant has ever signed with this certificate (so it is the tenant's; not one received). */
export async function isTenantCertificate(db: Conn, tenantId: string, certificateSha256: string) {
  const [row] = await db
    .select({ id: signedDocument.id })
    .from(signedDocument)
    .where(
      and(
        eq(signedDocument.tenantId, tenantId),
        eq(signedDocument.signerCertificateSha256, certificateSha256),
        ne(signedDocument.method, 'RECEIVED'),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Keeps one signed PDF: its stored file and the signed_document row that names its signer. */
export async function keepSignedFile(
  tx: Tx,
  file: {
    tenantId: string;
    decisionId: string;
    kind: StoredKind;
    /** The award a certificate is of (received certificates name theirs). */
    awardId?: string | null;
    name: string;
    sizeBytes: number;
    sha256: string;
    storageKey: string;
    method: 'SEAL' | 'TOKEN' | 'RECEIVED';
    signerName: string;
    signerCertificateSha256: string;
    signedAt: Date;
    /** The user who signed here; null for a copy received signed by another level. */
    signedBy: string | null;
  },
) {
  const fileId = newId();
  await tx.insert(storedFile).values({
    tenantId: file.tenantId,
    id: fileId,
    name: file.name,
    mimeType: 'application/pdf',
    sizeBytes: file.sizeBytes,
    sha256: file.sha256,
    storageKey: file.storageKey,
  });
  await tx.insert(signedDocument).values({
    tenantId: file.tenantId,
    id: newId(),
    kind: file.kind,
    awardId: file.awardId ?? null,
    decisionId: file.decisionId,
    fileId,
    sha256: file.sha256,
    method: file.method,
    signerName: file.signerName,
    signerCertificateSha256: file.signerCertificateSha256,
    signedAt: file.signedAt,
    signedBy: file.signedBy,
  });
}
