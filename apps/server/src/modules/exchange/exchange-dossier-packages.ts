import { and, asc, eq, inArray, or } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { exchangePackage } from '../../db/schema/index';

// What the sending tenant reads of its packages for one dossier: the versions it sent (OUT, with
// their delivery status) and the replies that came back (IN, RETURN or DECISION; the import keeps
// the dossier id they name in proposal_id).

export type DossierPackageRow = {
  id: string;
  direction: 'IN' | 'OUT';
  kind: string;
  packageId: string;
  version: number;
  status: string;
  transport: string | null;
  manifest: unknown;
  createdAt: Date;
};

export function packagesOfDossier(db: Db | Tx, tenantId: string, proposalId: string) {
  return db
    .select({
      id: exchangePackage.id,
      direction: exchangePackage.direction,
      kind: exchangePackage.kind,
      packageId: exchangePackage.packageId,
      version: exchangePackage.version,
      status: exchangePackage.status,
      transport: exchangePackage.transport,
      manifest: exchangePackage.manifest,
      createdAt: exchangePackage.createdAt,
    })
    .from(exchangePackage)
    .where(
      and(
        eq(exchangePackage.tenantId, tenantId),
        eq(exchangePackage.proposalId, proposalId),
        or(eq(exchangePackage.direction, 'OUT'), inArray(exchangePackage.kind, ['RETURN', 'DECISION'])),
      ),
    )
    .orderBy(asc(exchangePackage.createdAt), asc(exchangePackage.id)) as Promise<DossierPackageRow[]>;
}

/** An OUT package's envelope as sealed (the downloadable file), with the dossier it carries. */
export async function outgoingEnvelope(db: Db | Tx, tenantId: string, id: string) {
  const [row] = await db
    .select({
      envelope: exchangePackage.envelope,
      proposalId: exchangePackage.proposalId,
      packageId: exchangePackage.packageId,
      version: exchangePackage.version,
    })
    .from(exchangePackage)
    .where(
      and(
        eq(exchangePackage.tenantId, tenantId),
        eq(exchangePackage.id, id),
        eq(exchangePackage.direction, 'OUT'),
      ),
    );
  return row?.envelope ? { ...row, envelope: row.envelope } : undefined;
}
