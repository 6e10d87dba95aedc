import { and, desc, eq } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { appUser, incomingDossier, orgUnit, recordFile, storedFile, tenant } from '../../db/schema/index';
import type { DossierManifest } from '../exchange/index';

type Conn = Db | Tx;

export type VersionEntry = { version: number; receivedAt: string; packageRowId: string };
export type Approval = { approved: boolean; reason: string | null };
export type ReturnReasonEntry = {
  code: 'MISSING_COMPONENT' | 'CRITERIA_NOT_MET' | 'WRONG_INFORMATION' | 'OTHER';
  text: string;
  itemId: string | null;
};
export type ReturnEntry = { at: string; version: number; reasons: ReturnReasonEntry[] };
export type DecisionFile = {
  kind: 'DECISION' | 'CERTIFICATE';
  itemId: string | null;
  name: string;
  fileId: string;
  sha256: string;
  sizeBytes: number;
};
export type IssuedDecision = {
  number: string;
  signedOn: string;
  issuer: string;
  signerName: string;
  signerTitle: string;
  items: {
    itemId: string;
    approved: boolean;
    awardCode: string;
    reason: string | null;
    certificateSha256: string | null;
  }[];
  files: DecisionFile[];
  at: string;
};

export type IncomingDossierRow = Omit<
  typeof incomingDossier.$inferSelect,
  'manifest' | 'versions' | 'approvals' | 'returns' | 'decision'
> & {
  manifest: DossierManifest;
  versions: VersionEntry[];
  approvals: Record<string, Approval>;
  returns: ReturnEntry[];
  decision: IssuedDecision | null;
};

const asRow = (r: typeof incomingDossier.$inferSelect) => r as IncomingDossierRow;

export async function findIncomingDossier(db: Conn, tenantId: string, id: string, forUpdate = false) {
  const q = db
    .select()
    .from(incomingDossier)
    .where(and(eq(incomingDossier.tenantId, tenantId), eq(incomingDossier.id, id)));
  const [row] = forUpdate ? await q.for('update') : await q;
  return row && asRow(row);
}

export async function findByPackage(tx: Tx, tenantId: string, senderCode: string, packageId: string) {
  const [row] = await tx
    .select()
    .from(incomingDossier)
    .where(
      and(
        eq(incomingDossier.tenantId, tenantId),
        eq(incomingDossier.senderCode, senderCode),
        eq(incomingDossier.packageId, packageId),
      ),
    )
    .for('update');
  return row && asRow(row);
}

/** The tenant's incoming dossiers, newest first. */
export async function listIncomingDossiers(db: Conn, tenantId: string) {
  const rows = await db
    .select()
    .from(incomingDossier)
    .where(eq(incomingDossier.tenantId, tenantId))
    .orderBy(desc(incomingDossier.receivedAt), desc(incomingDossier.id))
    .limit(500);
  return rows.map(asRow);
}

export type IncomingDossierInsert = typeof incomingDossier.$inferInsert;

/** Inserts the first version; undefined when the (sender, package) row exists already. */
export async function insertIncomingDossier(tx: Tx, values: IncomingDossierInsert) {
  const [row] = await tx
    .insert(incomingDossier)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: incomingDossier.id });
  return row;
}

export async function updateIncomingDossier(
  tx: Tx,
  tenantId: string,
  id: string,
  values: Partial<IncomingDossierInsert>,
) {
  await tx
    .update(incomingDossier)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(incomingDossier.tenantId, tenantId), eq(incomingDossier.id, id)));
}

/** The files received with a package version (record files of its exchange_package row). */
export function packageFiles(db: Conn, tenantId: string, packageRowId: string) {
  return db
    .select({
      id: storedFile.id,
      name: storedFile.name,
      mimeType: storedFile.mimeType,
      sizeBytes: storedFile.sizeBytes,
      sha256: storedFile.sha256,
      storageKey: storedFile.storageKey,
    })
    .from(recordFile)
    .innerJoin(
      storedFile,
      and(eq(storedFile.tenantId, recordFile.tenantId), eq(storedFile.id, recordFile.fileId)),
    )
    .where(
      and(
        eq(recordFile.tenantId, tenantId),
        eq(recordFile.recordType, 'exchange_package'),
        eq(recordFile.recordId, packageRowId),
      ),
    );
}

export async function findStoredFile(db: Conn, tenantId: string, fileId: string) {
  const [row] = await db
    .select()
    .from(storedFile)
    .where(and(eq(storedFile.tenantId, tenantId), eq(storedFile.id, fileId)));
  return row;
}

/** The receiving tenant's code and name, as its replies name their sender. */
export async function tenantParty(db: Conn, tenantId: string) {
  const [row] = await db
    .select({ code: tenant.code, name: tenant.name })
    .from(tenant)
    .where(eq(tenant.tenantId, tenantId));
  if (!row) throw new Error(`tenant ${tenantId} missing`);
  return row;
}

/** The signer model: the acting user's name and the position title printed under the signature. */
/**
 * The signer model: the acting account must hold the leader role at the deciding unit, which for a
 * dossier received from below is the tenant's root unit (the level itself); its title is printed.
 */
export async function signerOf(db: Conn, tenantId: string, userId: string) {
  const [row] = await db
    .select({
      name: appUser.fullName,
      title: appUser.positionTitle,
      roles: appUser.roles,
      unitParent: orgUnit.parentId,
    })
    .from(appUser)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, appUser.tenantId), eq(orgUnit.id, appUser.unitId)))
    .where(and(eq(appUser.tenantId, tenantId), eq(appUser.id, userId)));
  if (!row?.roles.includes('LEADER') || row.unitParent !== null) return null;
  return { name: row.name, title: row.title };
}

export async function insertStoredFile(tx: Tx, values: typeof storedFile.$inferInsert) {
  await tx.insert(storedFile).values(values);
}
