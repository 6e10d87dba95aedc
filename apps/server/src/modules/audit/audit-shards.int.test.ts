import { and, eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { auditEvent } from '../../db/schema/index';
import { appendAudit, appendAuditToShard } from '../../platform/audit/append-audit';
import { tamperWithAudit } from '../../test/audit-tamper';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { verifyAuditChains } from './audit.repository';

// Per-shard audit chains (issue 19, item 4). On PostgreSQL the writers run on separate pooled
// connections at the same time and spread over the shards; PGlite has one connection, so its
// writers run one after another on shard 0, and the chains must verify the same way.

const WRITERS = 50;
const LETTERS = 'ABCDEGHIKLMNOPQRSTUVXY';
/** A distinct name of letters only (names may not hold digits). */
const name = (i: number) =>
  `${LETTERS[Math.floor(i / LETTERS.length)]}${LETTERS[i % LETTERS.length]!.toLowerCase()}`;

describeEngines('audit chains per shard', (env) => {
  it(`verifies after ${WRITERS} concurrent writers, each in its own transaction`, async () => {
    const { database, fx, engine } = env();
    await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        database.db.transaction(async (tx) => {
          await appendAudit(tx, {
            tenantId: fx.tenantA,
            actorId: null,
            action: 'test.concurrent',
            entityType: 'test',
            entityId: `w${i}`,
          });
          // Hold the head a moment, as a real write does with its other statements.
          await tx.execute(sql`SELECT pg_sleep(0.02)`);
        }),
      ),
    );
    const shards = await queryRows<{ shard: number; n: number }>(
      database.db,
      sql`SELECT shard, count(*)::int AS n FROM audit_event
          WHERE tenant_id = ${fx.tenantA} AND action = 'test.concurrent' GROUP BY shard ORDER BY shard`,
    );
    expect(shards.reduce((sum, s) => sum + s.n, 0)).toBe(WRITERS);
    // Concurrent writers did not queue on one head: they spread over several shards.
    if (engine !== 'pglite') expect(shards.length).toBeGreaterThan(1);
    else expect(shards.map((s) => s.shard)).toEqual([0]);
    expect((await verifyAuditChains(database.db)).breaks).toEqual([]);
  });

  it(`verifies after ${WRITERS} concurrent POST /api/people through the service`, async () => {
    const { app, database, fx } = env();
    const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const results = await Promise.all(
      Array.from({ length: WRITERS }, (_, i) =>
        client.post('/api/people', { fullName: `Trần Văn ${name(i)}`, gender: 'NAM', unitId: fx.own.id }),
      ),
    );
    expect(results.map((r) => r.status)).toEqual(results.map(() => 201));
    const [created] = await queryRows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM audit_event WHERE tenant_id = ${fx.tenantA} AND action = 'person.create'`,
    );
    expect(created!.n).toBeGreaterThanOrEqual(WRITERS);
    expect((await verifyAuditChains(database.db)).breaks).toEqual([]);
  });

  it('lists the log newest first across the shards, each event once, page after page', async () => {
    const { app, database, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const all = await queryRows<{ id: string }>(
      database.db,
      sql`SELECT id FROM audit_event WHERE tenant_id = ${fx.tenantA} ORDER BY at DESC, id DESC`,
    );
    expect(all.length).toBeGreaterThan(2 * WRITERS);
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor ? `&cursor=${cursor}` : '';
      const page = await admin.get(`/api/audit?limit=40${query}`);
      expect(page.status).toBe(200);
      seen.push(...page.body.items.map((e: { id: string }) => e.id));
      cursor = page.body.nextCursor;
    } while (cursor);
    // The admin's own login is logged after the snapshot above, so it leads the listing.
    expect(seen.slice(seen.length - all.length)).toEqual(all.map((r) => r.id));
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('reports a tampered event in one shard, and only that shard', async () => {
    const { database, fx } = env();
    const input = (i: number) => ({
      tenantId: fx.tenantB,
      actorId: null,
      action: 'test.shard',
      entityType: 'test',
      entityId: `s${i}`,
      after: { i },
    });
    for (let i = 0; i < 4; i++) {
      await database.db.transaction((tx) => appendAuditToShard(tx, input(i), 3));
      await database.db.transaction((tx) => appendAuditToShard(tx, input(i), 5));
    }
    expect((await verifyAuditChains(database.db)).breaks).toEqual([]);
    const [target] = await database.db
      .select({ id: auditEvent.id, seq: auditEvent.seq })
      .from(auditEvent)
      .where(and(eq(auditEvent.tenantId, fx.tenantB), eq(auditEvent.shard, 5), eq(auditEvent.seq, 2)));
    // Tamper as a database superuser would: bypass the append-only trigger.
    await tamperWithAudit(database.db, (tx) =>
      tx.execute(sql`UPDATE audit_event SET after = '{"i": 99}' WHERE id = ${target!.id}`),
    );
    expect((await verifyAuditChains(database.db)).breaks).toEqual([
      { tenantId: fx.tenantB, shard: 5, seq: 2, id: target!.id, problem: 'HASH' },
    ]);
  });
});
