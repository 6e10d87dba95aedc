import { eq, sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from './app';
import { person } from './db/schema/index';
import { describeError } from './lib/safe-error';
import { ApiClient } from './test/client';
import { describeEngines } from './test/engines';
import { ROUTE_SAMPLES } from './test/route-samples';
import { testConfig } from './test/test-config';

/** The body with a NUL put into its first string, or undefined when it has none. */
function withNul(body: unknown): unknown {
  if (typeof body === 'string') return `${body}\u0000x`;
  if (Array.isArray(body)) {
    for (const [i, v] of body.entries()) {
      const changed = withNul(v);
      if (changed !== undefined) return body.map((x, j) => (j === i ? changed : x));
    }
    return undefined;
  }
  if (body && typeof body === 'object') {
    for (const [k, v] of Object.entries(body)) {
      const changed = withNul(v);
      if (changed !== undefined) return { ...body, [k]: changed };
    }
  }
  return undefined;
}

describeEngines('input: NUL characters and what error logs may say', (env) => {
  it('refuses a NUL at login with 400 INVALID_INPUT, not a 500', async () => {
    const anonymous = new ApiClient(env().app);
    for (const body of [
      { username: `${env().fx.users.VIEWER}\u0000`, password: 'mat-khau-thu-nghiem-1' },
      { username: env().fx.users.VIEWER, password: 'mat\u0000khau' },
    ]) {
      const res = await anonymous.post('/api/auth/login', body);
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('INVALID_INPUT');
      expect(res.body.error.details[0].message).toContain('NUL');
    }
  });

  it('refuses a NUL in the body of every write route and in any query string with 400', async () => {
    const { app, database, fx } = env();
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const failures: string[] = [];
    let bodies = 0;
    for (const [key, spec] of Object.entries(ROUTE_SAMPLES)) {
      const [method] = key.split(' ') as [string, string];
      const sample = await spec.build({
        db: database.db,
        fx,
        scope: 'own',
        username: fx.users.VIEWER,
        password: 'mat-khau-thu-nghiem-1',
      });
      if (method === 'GET') {
        const sep = sample.path.includes('?') ? '&' : '?';
        const res = await admin.request('GET', `${sample.path}${sep}q=a%00b`);
        if (res.status !== 400 || res.body.error?.code !== 'INVALID_INPUT')
          failures.push(`${key}: ${res.status}`);
        continue;
      }
      const body = withNul(sample.body);
      if (body === undefined || sample.body instanceof Blob) continue;
      bodies += 1;
      const res = await admin.request(method, sample.path, body);
      if (res.status !== 400 || res.body.error?.code !== 'INVALID_INPUT')
        failures.push(`${key}: ${res.status}`);
    }
    expect(failures).toEqual([]);
    expect(bodies).toBeGreaterThan(40);
  });

  it('logs a failed query with its SQL and error code, never its parameter values', async () => {
    const { database } = env();
    const citizenId = '079201004321';
    // A real failed query whose value PostgreSQL repeats in its own message.
    const failure = await database.db
      .select()
      .from(person)
      .where(eq(person.id, sql`${citizenId}::uuid`))
      .then(
        () => null,
        (e: unknown) => e,
      );
    expect(String((failure as Error).message)).toContain(citizenId);
    const described = describeError(failure);
    expect(described).toContain('Failed query: select');
    expect(described).toContain('22P02');
    expect(described).not.toContain(citizenId);

    // The app's error handler logs it that way: the session look-up fails with this error.
    const logged: string[] = [];
    const broken = new Proxy(database.db, {
      get: (target, prop, receiver) =>
        prop === 'select'
          ? () => {
              throw failure;
            }
          : Reflect.get(target, prop, receiver),
    });
    const app = createApp(
      { db: broken, config: testConfig() },
      { error: (message, meta) => logged.push(`${message} ${JSON.stringify(meta)}`) },
    );
    const res = await app.request('/api/auth/me', { headers: { cookie: 'vd_session=abc' } });
    expect(res.status).toBe(500);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('22P02');
    expect(logged[0]).not.toContain(citizenId);
  });
});
