import { and, eq, inArray, type SQL, type SQLWrapper, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client';
import {
  annualRating,
  award,
  decision,
  importJob,
  initiative,
  initiativeAuthor,
  orgUnit,
  person,
} from '../../db/schema/index';
import type { KnownPerson } from './person-match';

type Conn = Db | Tx;

const CHUNK = 5_000;

function chunks<T>(items: T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * `column = ANY($1::type[])`: one array parameter instead of thousands of scalars,
 * which PostgreSQL parses and plans far faster for large batches.
 */
function anyOf(column: SQLWrapper, values: string[], type: 'text' | 'uuid'): SQL {
  return sql`${column} = ANY(${sql.param(values)}::${sql.raw(type)}[])`;
}

export type UnitRow = { id: string; code: string; name: string; path: string; status: string };

export async function loadUnits(db: Conn, tenantId: string): Promise<UnitRow[]> {
  return db
    .select({
      id: orgUnit.id,
      code: orgUnit.code,
      name: orgUnit.name,
      path: orgUnit.path,
      status: orgUnit.status,
    })
    .from(orgUnit)
    .where(eq(orgUnit.tenantId, tenantId));
}

/**
 * People with the given citizen IDs, or whose folded name without spaces is one
 * of `compactNames` ("nguyenvanduc" finds "Nguyễn Văn Đức" and "Nguyễn Văn  Đức").
 */
export async function loadPeople(
  db: Conn,
  tenantId: string,
  keys: { citizenIds: string[]; compactNames: string[] },
): Promise<KnownPerson[]> {
  const out: KnownPerson[] = [];
  const select = (where: SQL) =>
    db
      .select({
        id: person.id,
        fullName: person.fullName,
        birthDate: person.birthDate,
        citizenId: person.citizenId,
        unitId: person.unitId,
        unitName: orgUnit.name,
        unitPath: orgUnit.path,
      })
      .from(person)
      .innerJoin(orgUnit, and(eq(orgUnit.tenantId, person.tenantId), eq(orgUnit.id, person.unitId)))
      .where(and(eq(person.tenantId, tenantId), where));
  for (const ids of chunks(keys.citizenIds))
    out.push(...(await select(anyOf(person.citizenId, ids, 'text'))));
  for (const names of chunks(keys.compactNames)) {
    out.push(...(await select(anyOf(sql`replace(${person.nameSearch}, ' ', '')`, names, 'text'))));
  }
  return out;
}

/**
 * The registered decisions with these numbers, with the path of the unit that issued each (null
 * for an issuer outside the tenant), so the caller can keep only those the importer may link to.
 */
export async function loadDecisions(db: Conn, tenantId: string, numbers: string[]) {
  const out: {
    id: string;
    number: string;
    signedOn: string;
    issuer: string;
    issuerPath: string | null;
    hasIssuerUnit: boolean;
  }[] = [];
  for (const part of chunks(numbers)) {
    const rows = await db
      .select({
        id: decision.id,
        number: decision.number,
        signedOn: decision.signedOn,
        issuer: decision.issuer,
        issuerUnitId: decision.issuerUnitId,
        issuerPath: orgUnit.path,
      })
      .from(decision)
      .leftJoin(orgUnit, and(eq(orgUnit.tenantId, decision.tenantId), eq(orgUnit.id, decision.issuerUnitId)))
      .where(and(eq(decision.tenantId, tenantId), inArray(decision.number, part)));
    for (const { issuerUnitId, ...r } of rows) out.push({ ...r, hasIssuerUnit: issuerUnitId !== null });
  }
  return out;
}

export async function loadRatings(db: Conn, tenantId: string, subjectIds: string[]) {
  const out: { subjectId: string; year: number; rating: string }[] = [];
  for (const part of chunks(subjectIds)) {
    out.push(
      ...(await db
        .select({ subjectId: annualRating.subjectId, year: annualRating.year, rating: annualRating.rating })
        .from(annualRating)
        .where(and(eq(annualRating.tenantId, tenantId), anyOf(annualRating.subjectId, part, 'uuid')))),
    );
  }
  return out;
}

export async function loadAwardKeys(db: Conn, tenantId: string, subjectIds: string[]) {
  const out: { subjectId: string; awardCode: string; year: number; decisionNumber: string | null }[] = [];
  for (const part of chunks(subjectIds)) {
    out.push(
      ...(await db
        .select({
          subjectId: award.subjectId,
          awardCode: award.awardCode,
          year: award.year,
          decisionNumber: award.decisionNumber,
        })
        .from(award)
        .where(and(eq(award.tenantId, tenantId), anyOf(award.subjectId, part, 'uuid')))),
    );
  }
  return out;
}

/** Initiatives with these titles, each with its author ids. */
export async function loadInitiatives(db: Conn, tenantId: string, titles: string[]) {
  const out: { id: string; title: string; year: number; authorId: string | null }[] = [];
  for (const part of chunks(titles)) {
    out.push(
      ...(await db
        .select({
          id: initiative.id,
          title: initiative.title,
          year: initiative.year,
          authorId: initiativeAuthor.personId,
        })
        .from(initiative)
        .leftJoin(
          initiativeAuthor,
          and(
            eq(initiativeAuthor.tenantId, initiative.tenantId),
            eq(initiativeAuthor.initiativeId, initiative.id),
          ),
        )
        .where(and(eq(initiative.tenantId, tenantId), inArray(initiative.title, part)))),
    );
  }
  return out;
}

/**
 * Bulk insert as one statement per chunk: `INSERT … SELECT * FROM unnest($1::t[], …)`.
 * A handful of array parameters instead of thousands of scalars keeps large
 * imports close to COPY speed, and it runs the same on PostgreSQL and PGlite.
 */
export async function insertUnnest(
  tx: Conn,
  table: string,
  columns: readonly (readonly [name: string, pgType: string])[],
  rows: unknown[][],
): Promise<void> {
  for (const part of chunks(rows)) {
    const arrays = columns.map((_, i) => part.map((r) => r[i] ?? null));
    const names = sql.raw(columns.map(([n]) => `"${n}"`).join(', '));
    const params = sql.join(
      columns.map(([, type], i) => sql`${sql.param(arrays[i])}::${sql.raw(type)}[]`),
      sql`, `,
    );
    await tx.execute(sql`INSERT INTO ${sql.raw(`"${table}"`)} (${names}) SELECT * FROM unnest(${params})`);
  }
}

export async function insertJob(db: Conn, values: typeof importJob.$inferInsert) {
  await db.insert(importJob).values(values);
}

export async function findJob(db: Conn, tenantId: string, id: string) {
  const [row] = await db
    .select()
    .from(importJob)
    .where(and(eq(importJob.tenantId, tenantId), eq(importJob.id, id)));
  return row;
}

/** Marks a dry run committed; false when another commit got there first. */
export async function markCommitted(
  tx: Conn,
  tenantId: string,
  id: string,
  report: unknown,
): Promise<boolean> {
  const rows = await tx
    .update(importJob)
    .set({ status: 'COMMITTED', committedAt: new Date(), report })
    .where(and(eq(importJob.tenantId, tenantId), eq(importJob.id, id), eq(importJob.status, 'DRY_RUN')))
    .returning({ id: importJob.id });
  return rows.length === 1;
}
