import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { queryRows } from '../../db/query-rows';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { verifyAuditChains } from './audit.repository';

const root = path.resolve(import.meta.dirname, '../../../../..');

describeEngines('audit chain', (env) => {
  it('records every write with before/after and refuses UPDATE and DELETE', async () => {
    const { fx, app, database } = env();
    const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
    const created = await client.post('/api/people', {
      fullName: 'Ngô Thị Nhung',
      gender: 'NU',
      unitId: fx.own.id,
    });
    await client.patch(`/api/people/${created.body.id}`, { version: 1, position: 'Kế toán' });
    const rows = await queryRows<{ action: string; before: unknown; after: { position: string } }>(
      database.db,
      sql`SELECT action, before, after FROM audit_event WHERE entity_id = ${created.body.id} ORDER BY seq`,
    );
    expect(rows.map((r) => r.action)).toEqual(['person.create', 'person.update']);
    expect(rows[1]?.after.position).toBe('Kế toán');
    await expect(database.db.execute(sql`DELETE FROM audit_event`)).rejects.toThrow();
    await expect(database.db.execute(sql`UPDATE audit_event SET action = 'x'`)).rejects.toThrow();
    expect((await verifyAuditChains(database.db)).breaks).toEqual([]);
  });
});

it('`vinhdanh audit verify` exits non-zero and names the row changed directly in the database', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-audit-'));
  const { createFixture } = await import('../../test/fixtures');
  const { createApp } = await import('../../app');
  const { loadConfig } = await import('../../config/config');
  const database = await openDatabase({ dataDir });
  await database.migrate();
  const fx = await createFixture(database.db);
  const app = createApp({ db: database.db, config: loadConfig({}) });
  const client = await ApiClient.login(app, fx.users.UNIT_OFFICER);
  for (const name of ['Hồ Văn An', 'Dương Thị Bích', 'Lý Văn Cường']) {
    await client.post('/api/people', { fullName: name, gender: 'NAM', unitId: fx.own.id });
  }
  const cli = (args: string[]) =>
    spawnSync(
      path.join(root, 'node_modules/.bin/tsx'),
      [path.join(root, 'apps/server/src/cli/main.ts'), ...args],
      {
        env: { ...process.env, VINHDANH_DATA_DIR: dataDir, DATABASE_URL: '' },
        encoding: 'utf8',
      },
    );
  const [target] = await queryRows<{ seq: number; id: string }>(
    database.db,
    sql`SELECT seq::int AS seq, id FROM audit_event WHERE action = 'person.create' ORDER BY seq LIMIT 1 OFFSET 1`,
  );
  // Tamper as a database superuser would: bypass the append-only trigger.
  await database.db.execute(sql`ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
  await database.db.execute(
    sql`UPDATE audit_event SET after = jsonb_set(after, '{fullName}', '"Kẻ Giả Mạo"') WHERE id = ${target!.id}`,
  );
  await database.close();

  const result = cli(['audit', 'verify']);
  expect(result.status).toBe(1);
  expect(result.stderr).toContain(`dòng số ${target!.seq}`);
  expect(result.stderr).toContain(target!.id);
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 180_000);
