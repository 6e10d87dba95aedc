import { and, eq, inArray, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { annualRating, award, orgUnit, person } from '../../db/schema/index';
import { demoTenantId } from '../../test/demo-db';
import { describeDemoEngines } from '../../test/engines';
import { loadCollectiveHistories } from './history.repository';

// The member shares behind collective titles (TTLĐXS, TTLĐTT, Cờ thi đua) came out 0 on every
// engine: the EXISTS subqueries bound "tenant_id"/"id" to their own table instead of person.
describeDemoEngines('collective member counts on the demo province', (env) => {
  it('counts the members of the provincial hospital who completed their duties, hold LĐTT and CSTĐCS', async () => {
    const db = env().database.db;
    const tenantId = await demoTenantId(db);
    const [unit] = await db
      .select()
      .from(orgUnit)
      .where(and(eq(orgUnit.tenantId, tenantId), eq(orgUnit.code, 'BVDK')));
    const year = 2024;
    const members = await db
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.tenantId, tenantId), eq(person.unitId, unit!.id)));
    const ids = members.map((m) => m.id);
    // The expected figures, counted here from the raw rows without the repository's SQL.
    const ratings = await db
      .select({ subjectId: annualRating.subjectId, rating: annualRating.rating })
      .from(annualRating)
      .where(
        and(
          eq(annualRating.tenantId, tenantId),
          eq(annualRating.year, year),
          inArray(annualRating.subjectId, ids),
        ),
      );
    const awards = await db
      .select({ subjectId: award.subjectId, code: award.awardCode })
      .from(award)
      .where(
        and(
          eq(award.tenantId, tenantId),
          eq(award.year, year),
          eq(award.isRevoked, false),
          inArray(award.subjectId, ids),
          sql`${award.awardCode} IN ('LDTT', 'CSTDCS')`,
        ),
      );
    const completed = new Set(ratings.filter((r) => r.rating !== 'KHTNV').map((r) => r.subjectId)).size;
    const ldtt = new Set(awards.filter((a) => a.code === 'LDTT').map((a) => a.subjectId)).size;
    const cstdcs = new Set(awards.filter((a) => a.code === 'CSTDCS').map((a) => a.subjectId)).size;

    const histories = await loadCollectiveHistories(db, tenantId, [unit!.id], year);
    const got = histories.get(unit!.id)?.members;
    if (!got) throw new Error('no member statistics');
    expect(got).toEqual({ total: ids.length, completedDuties: completed, ldtt, cstdcs });
    // Real figures, not the zeros of the unqualified subqueries.
    expect(got?.total).toBeGreaterThan(200);
    expect(got?.completedDuties).toBeGreaterThan(150);
    expect(got?.ldtt).toBeGreaterThan(100);
  });
});
