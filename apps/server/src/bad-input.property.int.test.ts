import { sql } from 'drizzle-orm';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import type { ZodObject, ZodType } from 'zod';
import { createApi } from './app';
import { loadConfig } from './config/config';
import { queryRows } from './db/query-rows';
import { registeredRoutes } from './lib/route';
import { ApiClient } from './test/client';
import { describeEngines, shareOf } from './test/engines';
import { addPerson, addUnit } from './test/fixtures';

// fast-check's default: ~105 routes × 100 bodies, each route on one engine, is ~10,500 requests a run; each run
// draws a new seed. 500 made this the slowest suite by far (650 s of a 30-minute run).
const RUNS = 100;
const VIETNAMESE = /[àáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]/i;

/** Row counts and version sums of every table: any write at all changes this. */
async function snapshot(db: Parameters<typeof queryRows>[0]) {
  const tables = await queryRows<{ name: string }>(
    db,
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await queryRows<{ n: number }>(db, sql.raw(`SELECT count(*)::int AS n FROM "${name}"`));
    counts[name] = row!.n;
  }
  const [versions] = await queryRows<{ v: number }>(
    db,
    sql`SELECT (SELECT coalesce(sum(version), 0) FROM person) + (SELECT coalesce(sum(version), 0) FROM org_unit) AS v`,
  );
  return { counts, versions: Number(versions!.v) };
}

/** Random bodies: any JSON, and objects using the schema's own keys with wrong values. */
function bodies(schema: ZodType) {
  const keys = Object.keys((schema as ZodObject).shape ?? {});
  const withKeys = keys.length
    ? fc.dictionary(fc.constantFrom(...keys), fc.jsonValue(), { minKeys: 1 })
    : fc.object();
  return fc
    .oneof(fc.jsonValue(), withKeys, fc.object({ values: [fc.jsonValue()] }))
    .filter((body) => !schema.safeParse(body).success);
}

// Some routes (the dossier's transitions) are defined when an API is built, not when their file
// loads: build one before reading the registry, or a suite run alone misses them (it did: 16 routes).
createApi(loadConfig({}));

describeEngines('bad input', (env, engine) => {
  const writes = registeredRoutes().filter((r) => r.bodySchema);

  it('covers every write endpoint that takes a body', () => {
    expect(writes.map((r) => `${r.method} ${r.path}`)).toEqual(
      expect.arrayContaining([
        'POST /api/people',
        'PATCH /api/people/{id}',
        'POST /api/org-units/merge',
        'POST /api/users',
        'POST /api/proposals/{id}/submit',
        'POST /api/proposals/{id}/return',
      ]),
    );
  });

  // A bad body is refused at the edge, before any query: each route is tried on one engine in
  // turn (both engines still check that nothing was written).
  for (const route of shareOf(writes, engine)) {
    it(`${route.method} ${route.path}: ${RUNS} random bodies get 400 INVALID_INPUT in Vietnamese, and nothing changes`, async () => {
      const { app, fx, database } = env();
      const db = database.db;
      const unit = await addUnit(db, fx.tenantA, fx.own);
      const personId = await addPerson(db, fx.tenantA, unit.id, 'Kiều Thị Loan');
      const path = route.path.replace('{id}', route.path.includes('people') ? personId : unit.id);
      const client = await ApiClient.login(app, fx.tenantAdmin);
      const before = await snapshot(db);
      await fc.assert(
        fc.asyncProperty(bodies(route.bodySchema!), async (body) => {
          const res = await client.request(route.method, path, body);
          expect(res.status).toBe(400);
          expect(res.body.error.code).toBe('INVALID_INPUT');
          expect(res.body.error.message).toMatch(VIETNAMESE);
          for (const detail of res.body.error.details) expect(detail.message.length).toBeGreaterThan(0);
        }),
        { numRuns: RUNS },
      );
      // Bodies that are not JSON at all.
      for (const raw of ['{bad', '[', 'null', '"x"', '\u0000', '{"fullName":']) {
        const res = await client.request(route.method, path, undefined, raw);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('INVALID_INPUT');
      }
      expect(await snapshot(db)).toEqual(before);
    });
  }
});
