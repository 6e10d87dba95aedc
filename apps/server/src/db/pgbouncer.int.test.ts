import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createApp } from '../app';
import { ApiClient } from '../test/client';
import { addPerson, addRating, createFixture, type Fixture } from '../test/fixtures';
import { type PgBouncer, startPgBouncer } from '../test/pgbouncer';
import { createDatabase } from '../test/postgres-cluster';
import { testConfig } from '../test/test-config';
import { ENGINES } from '../test/test-db';
import { type Database, openDatabase } from './client';
import { queryRows } from './query-rows';

// The app behind Debian's PgBouncer (1.18) in transaction pooling, set up as docs/operations.md
// says: its connections open, run in UTC, and with VINHDANH_NAMED_STATEMENTS=0 the hot reads that
// name their statements elsewhere (decision 023) answer whichever server connection a transaction
// gets. It is about a pooler in front of one PostgreSQL, so it runs with that engine only.

if (!ENGINES.includes('postgres')) {
  it('runs with the PostgreSQL engine only (this run has none)', () => {
    expect(ENGINES).not.toContain('postgres');
  });
} else {
  describe('behind PgBouncer in transaction pooling', () => {
    let bouncer: PgBouncer;
    let database: Database;
    let fx: Fixture;

    beforeAll(async () => {
      const name = `vd_test_${randomBytes(6).toString('hex')}`;
      const url = new URL(await createDatabase(inject('postgresUrl'), name, inject('postgresTemplate')));
      bouncer = await startPgBouncer({ port: Number(url.port), dbname: name });
      database = await openDatabase({ databaseUrl: bouncer.url, namedStatements: false });
      fx = await createFixture(database.db);
    });
    afterAll(async () => {
      await database?.close();
      bouncer?.stop();
    });

    it('opens its connections in UTC, and its named reads answer from every server connection', async () => {
      const db = database.db;
      expect(await queryRows(db, sql`SHOW TimeZone`)).toEqual([{ TimeZone: 'UTC' }]);
      const people: string[] = [];
      for (let i = 0; i < 12; i++) {
        const id = await addPerson(
          db,
          fx.tenantA,
          fx.ownChild.id,
          `Người Thứ ${String.fromCharCode(65 + i)}`,
        );
        await addRating(db, fx.tenantA, id, 2025);
        people.push(id);
      }
      const app = createApp({ db, config: testConfig() }, { error: () => {} });
      const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
      // Ten readers at once over a pool of three server connections: eligibility and timeline
      // (one subject's records and the person: named statements elsewhere) and the award search.
      const statuses = await Promise.all(
        Array.from({ length: 10 }, async (_, w) => {
          const seen: number[] = [];
          for (let i = 0; i < 6; i++) {
            const id = people[(w + i) % people.length]!;
            seen.push((await client.get(`/api/subjects/${id}/eligibility?year=2025`)).status);
            seen.push((await client.get(`/api/people/${id}/timeline`)).status);
            seen.push((await client.get('/api/awards?pageSize=20')).status);
          }
          return seen;
        }),
      );
      expect(statuses.flat()).toEqual(Array(180).fill(200));
      const ldtt = await client.get(`/api/subjects/${people[0]}/eligibility?year=2025`);
      expect(ldtt.body.verdicts.find((v: { award: string }) => v.award === 'LDTT')).toMatchObject({
        eligible: true,
      });
    });
  });
}
