import { expect, it } from 'vitest';
import { createApp } from '../../app';
import type { Db } from '../../db/client';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { TEST_PASSWORD } from '../../test/fixtures';
import { testConfig } from '../../test/test-config';
import { addUser } from '../../test/workflow-fixtures';

type Query = (...args: unknown[]) => unknown;

/**
 * Counts the statements that read the session table while `work` runs, on either engine: the
 * session lookup runs outside any transaction, on the pool (PostgreSQL) or the PGlite instance.
 */
async function sessionQueries(db: Db, work: () => Promise<unknown>) {
  const client = (db as unknown as { $client: { query: Query } }).$client;
  const own = Object.hasOwn(client, 'query');
  const query = client.query;
  let n = 0;
  client.query = (...args: unknown[]) => {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first.text ?? '');
    if (/from "session"/.test(text)) n += 1;
    return query.apply(client, args);
  };
  try {
    await work();
  } finally {
    if (own) client.query = query;
    else delete (client as Partial<typeof client>).query;
  }
  return n;
}

describeEngines('session cache (issue 19)', (env) => {
  it('a cached session issues no session query; a new one issues exactly one', async () => {
    const { db } = env().database;
    const { username } = await addUser(db, env().fx, 'UNIT_OFFICER');
    let client: ApiClient | undefined;
    // The login's own GET /api/auth/me is the new session's first request.
    expect(await sessionQueries(db, async () => (client = await ApiClient.login(env().app, username)))).toBe(
      1,
    );
    const hit = await sessionQueries(db, async () => {
      expect((await client!.get('/api/people?pageSize=5')).status).toBe(200);
      expect((await client!.get('/api/health')).status).toBe(200);
    });
    expect(hit).toBe(0);
  });

  it("the requests of one session that miss the cache at once share one lookup (a page's parallel reads)", async () => {
    const { db } = env().database;
    const { username } = await addUser(db, env().fx, 'UNIT_OFFICER');
    // With the cache off every request misses: the ten sent together still look the session up once.
    const app = createApp(
      { db, config: testConfig({ VINHDANH_SESSION_CACHE_SECONDS: '0' }) },
      { error: () => {} },
    );
    const client = await ApiClient.login(app, username);
    const statuses: number[] = [];
    const lookups = await sessionQueries(db, async () => {
      const all = await Promise.all(Array.from({ length: 10 }, () => client.get('/api/health')));
      statuses.push(...all.map((r) => r.status));
    });
    expect(statuses).toEqual(Array(10).fill(200));
    expect(lookups).toBe(1);
    // One after them looks it up again (nothing kept with the cache off).
    expect(await sessionQueries(db, () => client.get('/api/health'))).toBe(1);
  });

  it('logout refuses the very next request', async () => {
    const { username } = await addUser(env().database.db, env().fx, 'UNIT_OFFICER');
    const client = await ApiClient.login(env().app, username);
    expect((await client.get('/api/auth/me')).status).toBe(200);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('a disabled account is refused at its very next request', async () => {
    const { id, username } = await addUser(env().database.db, env().fx, 'UNIT_OFFICER');
    const user = await ApiClient.login(env().app, username);
    expect((await user.get('/api/people?pageSize=5')).status).toBe(200);
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    expect((await admin.post(`/api/users/${id}/disable`)).status).toBe(200);
    const next = await user.get('/api/people?pageSize=5');
    expect(next.status).toBe(401);
    expect(next.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('a role change applies from the very next request', async () => {
    const { id, username } = await addUser(env().database.db, env().fx, 'UNIT_OFFICER');
    const user = await ApiClient.login(env().app, username);
    expect((await user.get('/api/auth/me')).body.permissions).toContain('person:create');
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const changed = await admin.patch(`/api/users/${id}`, { roles: ['VIEWER'] });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    const me = await user.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.roles).toEqual(['VIEWER']);
    expect(me.body.permissions).not.toContain('person:create');
    const write = await user.post('/api/people', { fullName: 'Bùi Văn An', unitId: env().fx.own.id });
    expect(write.status).toBe(403);
  });

  it('a password change ends the other sessions at once, and frees this one from the forced change', async () => {
    const { username } = await addUser(env().database.db, env().fx, 'UNIT_OFFICER');
    const here = await ApiClient.login(env().app, username);
    const elsewhere = await ApiClient.login(env().app, username);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(200);
    const changed = await here.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: `Mat-khau-moi-${Date.now().toString(36)}-Son-Ha`,
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await here.get('/api/auth/me')).status).toBe(200);
  });
});
