import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { and, asc, eq, sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { type Database, type DatabaseOptions, openDatabase, type Tx } from '../../db/client';
import { auditEvent, auditHead } from '../../db/schema/index';
import { appendAudit } from '../../platform/audit/append-audit';
import { GENESIS_HASH, hashAuditRecord } from '../../platform/audit/audit-hash';
import { tamperWithAudit } from '../../test/audit-tamper';
import { createCitusDatabase } from '../../test/citus-cluster';
import { createFixture } from '../../test/fixtures';
import { createDatabase } from '../../test/postgres-cluster';
import { ENGINES, type Engine } from '../../test/test-db';
import { type AuditAnchor, verifyAuditChains } from './audit.repository';

const root = path.resolve(import.meta.dirname, '../../../../..');

/** A database the CLI can open too: a PGlite folder, or a fresh database in the test cluster (or on every Citus node). */
async function cliDatabaseOptions(
  engine: Engine,
): Promise<{ options: DatabaseOptions; env: NodeJS.ProcessEnv }> {
  if (engine === 'pglite') {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-audit-verify-'));
    return { options: { dataDir }, env: { VINHDANH_DATA_DIR: dataDir, DATABASE_URL: '' } };
  }
  const name = `vd_test_${randomBytes(6).toString('hex')}`;
  if (engine === 'citus') {
    const url = await createCitusDatabase(inject('citusNodes'), name);
    return { options: { databaseUrl: url }, env: { DATABASE_URL: url } };
  }
  const url = await createDatabase(inject('postgresUrl'), name);
  return { options: { databaseUrl: url }, env: { DATABASE_URL: url } };
}

function cli(env: NodeJS.ProcessEnv, args: string[]) {
  return spawnSync(
    path.join(root, 'node_modules/.bin/tsx'),
    [path.join(root, 'apps/server/src/cli/main.ts'), ...args],
    { env: { ...process.env, ...env }, encoding: 'utf8' },
  );
}

/** One writer at a time: every event goes to the lowest free shard, 0. */
async function appendEvents(database: Database, tenantId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await database.db.transaction((tx) =>
      appendAudit(tx, {
        tenantId,
        actorId: null,
        action: 'person.update',
        entityType: 'person',
        entityId: `p${i}`,
        after: { position: `Chức vụ ${i}` },
      }),
    );
  }
}

/** Changes one event of shard 0 and recomputes every later hash and the head, so the chain is consistent again. */
async function rewriteChain(db: Tx, tenantId: string, seq: number) {
  const rows = await db
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.tenantId, tenantId), eq(auditEvent.shard, 0)))
    .orderBy(asc(auditEvent.seq));
  let prev = GENESIS_HASH;
  for (const row of rows) {
    const { prevHash: _p, hash: _h, ...record } = row;
    const changed = row.seq === seq ? { ...record, after: { position: 'Giám đốc' } } : record;
    const hash = hashAuditRecord(prev, changed);
    await db
      .update(auditEvent)
      .set({ after: changed.after, prevHash: prev, hash })
      .where(and(eq(auditEvent.tenantId, tenantId), eq(auditEvent.shard, 0), eq(auditEvent.seq, row.seq)));
    prev = hash;
  }
  await db
    .update(auditHead)
    .set({ hash: prev })
    .where(and(eq(auditHead.tenantId, tenantId), eq(auditHead.shard, 0)));
}

describe.each(ENGINES)('audit verify against deletions and rewrites [%s]', (engine) => {
  it('reports a deleted tail and a deleted tenant log, and --against catches a rewritten chain', async () => {
    const { options, env } = await cliDatabaseOptions(engine);
    let database = await openDatabase(options);
    await database.migrate();
    const fx = await createFixture(database.db);
    await appendEvents(database, fx.tenantA, 12);
    await appendEvents(database, fx.tenantB, 3);
    await database.close();

    const exported = cli(env, ['audit', 'head', '--export']);
    expect(exported.status, exported.stderr).toBe(0);
    const anchorFile = path.join(os.tmpdir(), `vd-heads-${randomBytes(4).toString('hex')}.json`);
    fs.writeFileSync(anchorFile, exported.stdout);
    const heads = JSON.parse(exported.stdout).heads as { tenantId: string; seq: number }[];
    expect(heads.find((h) => h.tenantId === fx.tenantA)?.seq).toBe(12);
    const anchors = JSON.parse(exported.stdout).heads as AuditAnchor[];
    database = await openDatabase(options);
    expect((await verifyAuditChains(database.db, { anchors })).breaks).toEqual([]);

    // A rewritten chain is consistent in itself: only the exported head exposes it.
    await tamperWithAudit(database.db, (tx) => rewriteChain(tx, fx.tenantA, 3));
    expect((await verifyAuditChains(database.db)).breaks).toEqual([]);
    await database.close();
    const rewritten = cli(env, ['audit', 'verify', '--against', anchorFile]);
    expect(rewritten.status).toBe(1);
    expect(rewritten.stderr).toContain(`tenant ${fx.tenantA}, chuỗi 0, dòng số 12`);
    expect(rewritten.stderr).toContain('đầu chuỗi đã xuất ra ngoài không còn nằm trong chuỗi');

    // The last 5 events of tenant A and the whole log of tenant B disappear.
    database = await openDatabase(options);
    await tamperWithAudit(database.db, async (tx) => {
      await tx.execute(sql`DELETE FROM audit_event WHERE tenant_id = ${fx.tenantA} AND seq > 7`);
      await tx.execute(sql`DELETE FROM audit_event WHERE tenant_id = ${fx.tenantB}`);
    });
    await database.close();
    const deleted = cli(env, ['audit', 'verify']);
    expect(deleted.status).toBe(1);
    expect(deleted.stderr).toContain(`tenant ${fx.tenantA}, chuỗi 0, dòng số 12, lỗi mất các dòng cuối`);
    expect(deleted.stderr).toContain(
      `tenant ${fx.tenantB}, chuỗi 0, dòng số 3, lỗi có đầu chuỗi nhưng không còn dòng nào`,
    );

    // Events whose head was deleted are reported too.
    database = await openDatabase(options);
    await database.db.execute(sql`DELETE FROM audit_head WHERE tenant_id = ${fx.tenantA}`);
    expect((await verifyAuditChains(database.db)).breaks).toContainEqual(
      expect.objectContaining({ tenantId: fx.tenantA, shard: 0, seq: 7, problem: 'NO_HEAD' }),
    );
    await database.close();
    if (options.dataDir) fs.rmSync(options.dataDir, { recursive: true, force: true });
    fs.rmSync(anchorFile, { force: true });
  }, 300_000);
});
