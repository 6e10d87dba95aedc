import { and, asc, eq, like } from 'drizzle-orm';
import type { Db } from '../../db/client';
import { award, decision, orgUnit, person } from '../../db/schema/index';

const EXPORT_LIMIT = 50_000;
const personUnit = and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId));

/** People under a unit path, with the columns of the people template. */
export function exportPeopleRows(db: Db, tenantId: string, pathPrefix: string) {
  return db
    .select({
      fullName: person.fullName,
      birthDate: person.birthDate,
      citizenId: person.citizenId,
      unitCode: orgUnit.code,
      gender: person.gender,
      ethnicity: person.ethnicity,
      position: person.position,
      recruitedOn: person.recruitedOn,
      subjectGroup: person.subjectGroup,
    })
    .from(person)
    .innerJoin(orgUnit, personUnit)
    .where(and(eq(person.tenantId, tenantId), like(orgUnit.path, `${pathPrefix}%`)))
    .orderBy(asc(orgUnit.path), asc(person.nameSort), asc(person.id))
    .limit(EXPORT_LIMIT);
}

/** People's awards under a unit path, with their decision, in the awards template's columns. */
export function exportAwardRows(db: Db, tenantId: string, pathPrefix: string) {
  return db
    .select({
      fullName: person.fullName,
      birthDate: person.birthDate,
      citizenId: person.citizenId,
      unitCode: orgUnit.code,
      awardCode: award.awardCode,
      kind: award.kind,
      year: award.year,
      periodStartYear: award.periodStartYear,
      decisionNumber: award.decisionNumber,
      decisionDate: award.decisionDate,
      issuer: decision.issuer,
      signer: decision.signer,
      amountVnd: award.amountVnd,
      achievement: award.achievement,
    })
    .from(award)
    .innerJoin(person, and(eq(person.tenantId, award.tenantId), eq(person.id, award.subjectId)))
    .innerJoin(orgUnit, personUnit)
    .leftJoin(decision, and(eq(decision.tenantId, award.tenantId), eq(decision.id, award.decisionId)))
    .where(
      and(
        eq(award.tenantId, tenantId),
        eq(award.subjectType, 'PERSON'),
        like(orgUnit.path, `${pathPrefix}%`),
      ),
    )
    .orderBy(asc(orgUnit.path), asc(person.nameSort), asc(award.year), asc(award.id))
    .limit(EXPORT_LIMIT);
}
