import { and, asc, eq, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import type { Db, Tx } from '../../db/client';
import { award, awardVerification, collective, household, orgUnit, person } from '../../db/schema/index';

// The award table is the records'; documents print these rows and verification shows one of them.

/** One award with what a document prints about its subject, in one query for a whole decision. */
export type DecisionAwardRow = {
  id: string;
  subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subjectId: string;
  awardCode: string;
  achievement: string | null;
  amountVnd: number | null;
  isRevoked: boolean;
  year: number;
  /** Person's full name, unit or team name, or household head. */
  name: string;
  /** Position and unit of a person; parent unit of a team; address of a household. */
  unitLine: string;
  verificationCode: string | null;
  registryNumber: number | null;
};

/** What the subject's tables say of it; only the fields of its own kind are set. */
export type SubjectFields = {
  personName?: string | null;
  position?: string | null;
  personUnitName?: string | null;
  unitName?: string | null;
  teamName?: string | null;
  teamUnitName?: string | null;
  householdName?: string | null;
  householdAddress?: string | null;
};

/** The name and the line under it, as documents print them and the public verification shows them. */
export function subjectLabel(f: SubjectFields): { name: string; unitLine: string } {
  return {
    name:
      f.personName ?? f.unitName ?? f.teamName ?? (f.householdName ? `Hộ gia đình ${f.householdName}` : ''),
    unitLine: f.personName
      ? [f.position, f.personUnitName].filter(Boolean).join(', ')
      : (f.teamUnitName ?? f.householdAddress ?? ''),
  };
}

const personUnit = alias(orgUnit, 'person_unit');
const subjectUnit = alias(orgUnit, 'subject_unit');
const teamUnit = alias(orgUnit, 'team_unit');

const joinOn = (table: { tenantId: AnyPgColumn; id: AnyPgColumn }, id: AnyPgColumn) =>
  and(eq(table.tenantId, award.tenantId), eq(table.id, id));

/** The decision's awards (or only `awardId` among them), collectives first, then people by name. */
export async function listDecisionAwards(
  db: Db | Tx,
  tenantId: string,
  decisionId: string,
  awardId?: string,
): Promise<DecisionAwardRow[]> {
  const rows = await db
    .select({
      id: award.id,
      subjectType: award.subjectType,
      subjectId: award.subjectId,
      awardCode: award.awardCode,
      achievement: award.achievement,
      amountVnd: award.amountVnd,
      isRevoked: award.isRevoked,
      year: award.year,
      personName: person.fullName,
      position: person.position,
      personUnitName: personUnit.name,
      unitName: subjectUnit.name,
      teamName: collective.name,
      teamUnitName: teamUnit.name,
      householdName: household.headName,
      householdAddress: household.address,
      verificationCode: awardVerification.code,
      registryNumber: awardVerification.registryNumber,
    })
    .from(award)
    .leftJoin(person, joinOn(person, award.subjectId))
    .leftJoin(personUnit, and(eq(personUnit.tenantId, award.tenantId), eq(personUnit.id, person.unitId)))
    .leftJoin(subjectUnit, joinOn(subjectUnit, award.subjectId))
    .leftJoin(collective, joinOn(collective, award.subjectId))
    .leftJoin(teamUnit, and(eq(teamUnit.tenantId, award.tenantId), eq(teamUnit.id, collective.unitId)))
    .leftJoin(household, joinOn(household, award.subjectId))
    .leftJoin(
      awardVerification,
      and(eq(awardVerification.tenantId, award.tenantId), eq(awardVerification.awardId, award.id)),
    )
    .where(
      and(
        eq(award.tenantId, tenantId),
        eq(award.decisionId, decisionId),
        awardId ? eq(award.id, awardId) : undefined,
      ),
    )
    // Collectives first, then people in Vietnamese order (given name first), as annex lists run.
    .orderBy(
      sql`case when ${award.subjectType} = 'PERSON' then 1 else 0 end`,
      sql`${person.nameSort} collate "C"`,
      asc(award.id),
    );
  return rows.map((r) => ({
    id: r.id,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    awardCode: r.awardCode,
    achievement: r.achievement,
    amountVnd: r.amountVnd,
    isRevoked: r.isRevoked,
    year: r.year,
    ...subjectLabel(r),
    verificationCode: r.verificationCode,
    registryNumber: r.registryNumber,
  }));
}
