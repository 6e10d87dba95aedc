import { and, asc, desc, eq, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client';
import {
  cluster,
  clusterLeadership,
  clusterMember,
  orgUnit,
  pledge,
  pledgeSignatory,
  scoringCriterion,
  scoringTemplate,
} from '../../db/schema/index';

type Conn = Db | Tx;
export type ClusterRow = typeof cluster.$inferSelect;

export async function findCluster(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select({ cluster, organiserPath: orgUnit.path, organiserName: orgUnit.name })
    .from(cluster)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, cluster.tenantId), eq(orgUnit.id, cluster.organiserUnitId)))
    .where(and(eq(cluster.tenantId, tenantId), eq(cluster.id, id)))
    .limit(1);
  return row;
}

const head = alias(orgUnit, 'head_unit');

/** Clusters organised inside the actor's subtree or above it (a province cluster of its units). */
export function listClusters(db: Conn, tenantId: string, scopePath: string, year?: number) {
  return db
    .select({
      cluster,
      headUnitName: head.name,
      memberCount: sql<number>`(SELECT count(*)::int FROM cluster_member m WHERE m.tenant_id = ${cluster.tenantId} AND m.cluster_id = ${cluster.id})`,
    })
    .from(cluster)
    .innerJoin(orgUnit, and(eq(orgUnit.tenantId, cluster.tenantId), eq(orgUnit.id, cluster.organiserUnitId)))
    .leftJoin(head, and(eq(head.tenantId, cluster.tenantId), eq(head.id, cluster.headUnitId)))
    .where(
      and(
        eq(cluster.tenantId, tenantId),
        year === undefined ? undefined : eq(cluster.year, year),
        or(like(orgUnit.path, `${scopePath}%`), sql`${scopePath} LIKE ${orgUnit.path} || '%'`),
      ),
    )
    .orderBy(desc(cluster.year), asc(cluster.name))
    .limit(500);
}

export function listMembers(db: Conn, tenantId: string, clusterId: string) {
  return db
    .select({
      unitId: clusterMember.unitId,
      isAssessor: clusterMember.isAssessor,
      name: orgUnit.name,
      path: orgUnit.path,
    })
    .from(clusterMember)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, clusterMember.tenantId), eq(orgUnit.id, clusterMember.unitId)),
    )
    .where(and(eq(clusterMember.tenantId, tenantId), eq(clusterMember.clusterId, clusterId)))
    .orderBy(asc(orgUnit.name));
}

export async function replaceMembers(
  tx: Tx,
  tenantId: string,
  clusterId: string,
  unitIds: string[],
  assessorIds: string[],
) {
  await tx
    .delete(clusterMember)
    .where(and(eq(clusterMember.tenantId, tenantId), eq(clusterMember.clusterId, clusterId)));
  await tx
    .insert(clusterMember)
    .values(
      unitIds.map((unitId) => ({ tenantId, clusterId, unitId, isAssessor: assessorIds.includes(unitId) })),
    );
}

export async function bumpCluster(
  tx: Tx,
  tenantId: string,
  id: string,
  expected: number,
  set: Partial<ClusterRow>,
) {
  const [row] = await tx
    .update(cluster)
    .set({ ...set, version: expected + 1 })
    .where(and(eq(cluster.tenantId, tenantId), eq(cluster.id, id), eq(cluster.version, expected)))
    .returning();
  return row;
}

const deputy = alias(orgUnit, 'deputy_unit');

export function listLeadership(db: Conn, tenantId: string, clusterId: string) {
  return db
    .select({
      termYear: clusterLeadership.termYear,
      electedOn: clusterLeadership.electedOn,
      headUnitName: head.name,
      deputyUnitName: deputy.name,
    })
    .from(clusterLeadership)
    .innerJoin(
      head,
      and(eq(head.tenantId, clusterLeadership.tenantId), eq(head.id, clusterLeadership.headUnitId)),
    )
    .leftJoin(
      deputy,
      and(eq(deputy.tenantId, clusterLeadership.tenantId), eq(deputy.id, clusterLeadership.deputyUnitId)),
    )
    .where(and(eq(clusterLeadership.tenantId, tenantId), eq(clusterLeadership.clusterId, clusterId)))
    .orderBy(desc(clusterLeadership.termYear), desc(clusterLeadership.electedOn));
}

export async function findTemplate(db: Conn, tenantId: string, clusterId: string, year: number) {
  const [tpl] = await db
    .select()
    .from(scoringTemplate)
    .where(
      and(
        eq(scoringTemplate.tenantId, tenantId),
        eq(scoringTemplate.clusterId, clusterId),
        eq(scoringTemplate.year, year),
      ),
    )
    .limit(1);
  if (!tpl) return undefined;
  const criteria = await db
    .select()
    .from(scoringCriterion)
    .where(and(eq(scoringCriterion.tenantId, tenantId), eq(scoringCriterion.templateId, tpl.id)))
    .orderBy(asc(scoringCriterion.position));
  return { ...tpl, criteria };
}

export async function listPledges(db: Conn, tenantId: string, clusterId: string) {
  const pledges = await db
    .select()
    .from(pledge)
    .where(and(eq(pledge.tenantId, tenantId), eq(pledge.clusterId, clusterId)))
    .orderBy(desc(pledge.signedOn));
  const signers = await db
    .select({
      pledgeId: pledgeSignatory.pledgeId,
      unitName: orgUnit.name,
      signerName: pledgeSignatory.signerName,
    })
    .from(pledgeSignatory)
    .innerJoin(
      pledge,
      and(eq(pledge.tenantId, pledgeSignatory.tenantId), eq(pledge.id, pledgeSignatory.pledgeId)),
    )
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, pledgeSignatory.tenantId), eq(orgUnit.id, pledgeSignatory.unitId)),
    )
    .where(and(eq(pledgeSignatory.tenantId, tenantId), eq(pledge.clusterId, clusterId)))
    .orderBy(asc(orgUnit.name));
  return pledges.map((p) => ({
    id: p.id,
    title: p.title,
    signedOn: p.signedOn,
    signatories: signers
      .filter((s) => s.pledgeId === p.id)
      .map(({ unitName, signerName }) => ({ unitName, signerName })),
  }));
}
