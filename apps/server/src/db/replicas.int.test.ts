import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app';
import { ERROR_MESSAGES } from '../lib/errors';
import { READ_PRIMARY_COOKIE } from '../lib/read-routing';
import { ApiClient } from '../test/client';
import { createFixture, type Fixture } from '../test/fixtures';
import { type ReplicaPair, startReplicaPair } from '../test/replica-cluster';
import { testConfig } from '../test/test-config';
import { ENGINES } from '../test/test-db';
import { type Database, openDatabase } from './client';
import { queryRows } from './query-rows';

// Replicas and failover (issue 20, docs/operations.md): a primary and a streaming standby from the
// Debian binaries. The app is given both hosts in DATABASE_URL and the standby in
// DATABASE_READ_URL; the test pauses the standby's replay to tell where each read went, then
// crashes the primary and promotes the standby while writes keep coming.
// It is about PostgreSQL's replication, so it runs with the PostgreSQL engine only.

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
// A person's name takes letters only: the i-th write gets the i-th pair of given names.
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Khoa', 'Lâm', 'Minh', 'Nam', 'Phúc'];
const nameOf = (i: number) => `${GIVEN[Math.floor(i / 10) % 10]} ${GIVEN[i % 10]}`;

if (!ENGINES.includes('postgres')) {
  it('runs with the PostgreSQL engine only (this run has none)', () => {
    expect(ENGINES).not.toContain('postgres');
  });
} else {
  describe('PostgreSQL replicas and failover', () => {
    let pair: ReplicaPair;
    let database: Database;
    let app: ReturnType<typeof createApp>;
    let fx: Fixture;
    const errors: string[] = [];

    beforeAll(async () => {
      pair = await startReplicaPair();
      await pair.query(pair.primaryPort, 'CREATE DATABASE vd');
      const db = 'vd';
      database = await openDatabase({
        databaseUrl: `postgres://postgres@127.0.0.1:${pair.primaryPort},127.0.0.1:${pair.standbyPort}/${db}`,
        readUrl: pair.url(pair.standbyPort, db),
      });
      await database.migrate();
      fx = await createFixture(database.db);
      // The session cache off: each request's session lookup then shows which server it reached.
      const config = testConfig({
        VINHDANH_READ_AFTER_WRITE_SECONDS: '30',
        VINHDANH_SESSION_CACHE_SECONDS: '0',
      });
      const logger = { error: (message: string) => errors.push(message) };
      app = createApp({ db: database.db, readDb: database.readDb, config }, logger);
    });
    afterAll(async () => {
      await database?.close();
      pair?.stop();
    });

    const where = async (db: Database['db'] | undefined) =>
      (
        await queryRows<{ standby: boolean; port: number }>(
          db as Database['db'],
          sql`SELECT pg_is_in_recovery() AS standby, inet_server_port() AS port`,
        )
      )[0];

    it('sends the heavy reads to the standby, writes and sessions to the primary, and reads a write back from the primary', async () => {
      expect(await where(database.db)).toEqual({ standby: false, port: pair.primaryPort });
      expect(await where(database.readDb)).toEqual({ standby: true, port: pair.standbyPort });

      // Commits stop waiting for the standby, whose replay stops: what is written from now on is
      // on the primary only, so each answer shows which server it came from.
      await pair.setSynchronous(false);
      await pair.query(pair.standbyPort, 'SELECT pg_wal_replay_pause()', 'vd');
      try {
        // The session is opened now: that it is found shows session lookups go to the primary.
        const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
        const created = await officer.send('POST', '/api/people', {
          fullName: 'Phan Thị Bản Sao',
          gender: 'NU',
          unitId: fx.own.id,
        });
        expect(created.status).toBe(201);
        const id = ((await created.json()) as { id: string }).id;
        const window = created.headers.getSetCookie().find((c) => c.startsWith(`${READ_PRIMARY_COOKIE}=`));
        expect(window).toBeDefined();
        const onPrimary = await queryRows(database.db, sql`SELECT 1 FROM person WHERE id = ${id}`);
        expect(onPrimary).toHaveLength(1);

        // With the write's cookie, the timeline (a heavy read) comes from the primary: the new person is there.
        const readBack = await app.request(`/api/people/${id}/timeline`, {
          headers: { cookie: `${officer.sessionCookie}; ${window?.split(';')[0]}` },
        });
        expect(readBack.status).toBe(200);
        // Without it (another browser of the same user), the standby answers: it has not replayed the person yet.
        expect((await officer.get(`/api/people/${id}/timeline`)).status).toBe(404);
        // Award search too; the session lookup behind it still went to the primary (200, not 401).
        const search = await officer.get('/api/awards');
        expect(search.status).toBe(200);
        const readBackends = await pair.query<{ n: number }>(
          pair.standbyPort,
          "SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'vinhdanh-read'",
        );
        expect(readBackends[0]?.n).toBeGreaterThan(0);

        await pair.query(pair.standbyPort, 'SELECT pg_wal_replay_resume()', 'vd');
        let fromStandby = 404;
        for (let i = 0; i < 50 && fromStandby !== 200; i++) {
          fromStandby = (await officer.get(`/api/people/${id}/timeline`)).status;
          if (fromStandby !== 200) await sleep(100);
        }
        expect(fromStandby).toBe(200);
      } finally {
        await pair.query(pair.standbyPort, 'SELECT pg_wal_replay_resume()', 'vd').catch(() => {});
        await pair.setSynchronous(true);
      }
    });

    it('after the primary crashes and the standby is promoted, loses no acknowledged write and answers 503 in between', async () => {
      const officer = await ApiClient.login(app, fx.users.UNIT_OFFICER);
      const acknowledged: string[] = [];
      const failures: { status: number; code: string; message: string }[] = [];
      let writing = true;
      let recoveredAt = 0;
      const writer = (async () => {
        for (let i = 0; writing; i++) {
          const res = await officer.post('/api/people', {
            fullName: `Lê ${nameOf(i)}`,
            gender: 'NAM',
            unitId: fx.own.id,
          });
          if (res.status === 201) {
            acknowledged.push(res.body.id);
            if (!recoveredAt && failures.length > 0) recoveredAt = acknowledged.length;
          } else {
            failures.push({
              status: res.status,
              code: res.body?.error?.code,
              message: res.body?.error?.message,
            });
            await sleep(50);
          }
        }
      })();
      const until = async (done: () => boolean, what: string) => {
        for (let i = 0; i < 400 && !done(); i++) await sleep(50);
        if (!done())
          throw new Error(`${what}: ${acknowledged.length} writes, ${JSON.stringify(failures.slice(-3))}`);
      };
      await until(() => acknowledged.length >= 10, 'writes before the crash');
      pair.crashPrimary();
      // Reads meet the switch too: the standby still answers them, but the session lookup cannot.
      await sleep(500);
      const during = await officer.get(`/api/people/${fx.people.own}/timeline`);
      expect(during.status).toBe(503);
      expect(during.body.error.code).toBe('DATABASE_UNAVAILABLE');
      expect(during.body.error.message).toBe(ERROR_MESSAGES.DATABASE_UNAVAILABLE);
      expect(during.headers.get('retry-after')).toBe('5');
      pair.promoteStandby();
      try {
        await until(() => recoveredAt > 0, 'recovery after the promotion');
        const afterRecovery = acknowledged.length;
        await until(() => acknowledged.length >= afterRecovery + 3, 'writes after the recovery');
      } finally {
        writing = false;
        await writer;
      }

      expect(recoveredAt).toBeGreaterThan(0);
      expect(failures.length).toBeGreaterThan(0);
      // Every failure in between was the Vietnamese 503, never a crash or a 500.
      expect(failures.filter((f) => f.status !== 503 || f.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
      expect(errors.filter((m) => m !== 'database unavailable')).toEqual([]);
      // The app writes to the promoted standby now, without a restart.
      expect(await where(database.db)).toEqual({ standby: false, port: pair.standbyPort });
      // remote_apply: each write acknowledged before the crash had been applied on the standby.
      const found = await queryRows<{ id: string }>(
        database.db,
        sql`SELECT id FROM person WHERE tenant_id = ${fx.tenantA} AND unit_id = ${fx.own.id}`,
      );
      expect(acknowledged.filter((id) => !found.some((r) => r.id === id))).toEqual([]);
    });
  });
}
