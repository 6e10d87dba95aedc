import { and, asc, desc, eq, like, type SQL, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import { annualRating, award, orgUnit, person, personEmployment } from '../../db/schema/index';
import type { ListPeopleQuery } from './people.schemas';

type Conn = Db | Tx;

const personWithUnit = {
  person,
  unitName: orgUnit.name,
  unitPath: orgUnit.path,
};

const joinUnit = and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId));

export type PersonWithUnit = { person: typeof person.$inferSelect; unitName: string; unitPath: string };

/** People under a path prefix (the actor's scope, or a chosen unit inside it). */
function listFilter(tenantId: string, pathPrefix: string, foldedQuery: string | undefined): SQL {
  const conditions = [eq(person.tenantId, tenantId), like(orgUnit.path, `${pathPrefix}%`)];
  if (foldedQuery) conditions.push(like(person.nameSearch, `%${foldedQuery.replace(/[\\%_]/g, '\\$&')}%`));
  return and(...conditions)!;
}

const ORDER: Record<ListPeopleQuery['sort'], SQL[]> = {
  name: [sql`${person.nameSort} COLLATE "C" ASC`, asc(person.id)],
  '-name': [sql`${person.nameSort} COLLATE "C" DESC`, desc(person.id)],
  unit: [asc(orgUnit.path), sql`${person.nameSort} COLLATE "C" ASC`, asc(person.id)],
  birthYear: [sql`${person.birthDate} ASC NULLS LAST`, asc(person.id)],
  '-birthYear': [sql`${person.birthDate} DESC NULLS LAST`, desc(person.id)],
};

export async function listPeople(
  db: Conn,
  tenantId: string,
  pathPrefix: string,
  foldedQuery: string | undefined,
  sort: ListPeopleQuery['sort'],
  limit: number,
  offset: number,
): Promise<{ rows: PersonWithUnit[]; total: number }> {
  const where = listFilter(tenantId, pathPrefix, foldedQuery);
  const rows = await db
    .select(personWithUnit)
    .from(person)
    .innerJoin(orgUnit, joinUnit)
    .where(where)
    .orderBy(...ORDER[sort])
    .limit(limit)
    .offset(offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(person)
    .innerJoin(orgUnit, joinUnit)
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export async function findPerson(
  db: Conn,
  tenantId: string,
  id: string,
): Promise<PersonWithUnit | undefined> {
  const [row] = await db
    .select(personWithUnit)
    .from(person)
    .innerJoin(orgUnit, joinUnit)
    .where(and(eq(person.tenantId, tenantId), eq(person.id, id)))
    .limit(1);
  return row;
}

export async function insertPerson(db: Conn, values: typeof person.$inferInsert) {
  await db.insert(person).values(values);
}

export async function updatePersonRow(
  db: Conn,
  tenantId: string,
  id: string,
  version: number,
  fields: Partial<typeof person.$inferInsert>,
): Promise<boolean> {
  const rows = await db
    .update(person)
    .set({ ...fields, version: version + 1, updatedAt: new Date() })
    .where(and(eq(person.tenantId, tenantId), eq(person.id, id), eq(person.version, version)))
    .returning({ id: person.id });
  return rows.length === 1;
}

export async function findPersonRecords(db: Conn, tenantId: string, personId: string) {
  const employment = await db
    .select({
      unitId: personEmployment.unitId,
      unitName: orgUnit.name,
      position: personEmployment.position,
      fromDate: personEmployment.fromDate,
      toDate: personEmployment.toDate,
    })
    .from(personEmployment)
    .innerJoin(
      orgUnit,
      and(eq(orgUnit.tenantId, personEmployment.tenantId), eq(orgUnit.id, personEmployment.unitId)),
    )
    .where(and(eq(personEmployment.tenantId, tenantId), eq(personEmployment.personId, personId)))
    .orderBy(desc(personEmployment.fromDate));
  const ratings = await db
    .select({ year: annualRating.year, rating: annualRating.rating })
    .from(annualRating)
    .where(and(eq(annualRating.tenantId, tenantId), eq(annualRating.subjectId, personId)))
    .orderBy(desc(annualRating.year));
  const awards = await db
    .select({
      year: award.year,
      awardCode: award.awardCode,
      kind: award.kind,
      decisionNumber: award.decisionNumber,
      decisionDate: award.decisionDate,
      amountVnd: award.amountVnd,
      isRevoked: award.isRevoked,
    })
    .from(award)
    .where(and(eq(award.tenantId, tenantId), eq(award.subjectId, personId)))
    .orderBy(desc(award.year));
  return { employment, ratings, awards };
}
