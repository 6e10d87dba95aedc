import { randomBytes } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { appUser, session } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { hashToken } from './auth.service';

describeEngines('auth', (env) => {
  it('signs in, returns the user with permissions and a CSRF token, and signs out', async () => {
    const client = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    const me = await client.get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.permissions).toContain('person:create');
    expect(me.body.permissions).not.toContain('orgUnit:restructure');
    expect(me.body.csrfToken).toMatch(/.{20,}/);
    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect((await client.get('/api/auth/me')).status).toBe(401);
  });

  it('sets an HttpOnly, SameSite session cookie', async () => {
    const res = await env().app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: env().fx.users.VIEWER, password: 'mat-khau-thu-nghiem-1' }),
    });
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
  });

  it('refuses a wrong password in Vietnamese and locks the account after 5 failures', async () => {
    const anonymous = new ApiClient(env().app);
    const username = env().fx.users.LEADER;
    for (let i = 0; i < 4; i++) {
      const res = await anonymous.post('/api/auth/login', { username, password: 'sai-mat-khau' });
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('INVALID_CREDENTIALS');
      expect(res.body.error.message).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    }
    const fifth = await anonymous.post('/api/auth/login', { username, password: 'sai-mat-khau' });
    expect(fifth.body.error.code).toBe('ACCOUNT_LOCKED');
    // Even the right password is refused while locked.
    const locked = await anonymous.post('/api/auth/login', { username, password: 'mat-khau-thu-nghiem-1' });
    expect(locked.status).toBe(423);
    expect(locked.body.error.message).toContain('5 phút');
  });

  // Fixture users hash at a test-only cost (test/fixtures.ts); this one goes through the real path.
  it('a user created by the administrator gets a production-cost argon2id hash and signs in', async () => {
    const admin = await ApiClient.login(env().app, env().fx.tenantAdmin);
    const username = `moi.${Date.now().toString(36)}`;
    const created = await admin.post('/api/users', {
      username,
      fullName: 'Đỗ Thị Lan',
      password: 'mot-mat-khau-dai-2026',
      roles: ['VIEWER'],
      unitId: env().fx.own.id,
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const [row] = await env()
      .database.db.select({ hash: appUser.passwordHash })
      .from(appUser)
      .where(and(eq(appUser.tenantId, env().fx.tenantA), eq(appUser.username, username)));
    expect(row?.hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const wrong = await new ApiClient(env().app).post('/api/auth/login', { username, password: 'sai' });
    expect(wrong.body.error.code).toBe('INVALID_CREDENTIALS');
    const client = await ApiClient.login(env().app, username, 'mot-mat-khau-dai-2026');
    expect((await client.get('/api/auth/me')).body.permissions).toContain('person:read');
  });

  it('refuses a write without the CSRF token', async () => {
    const client = await ApiClient.login(env().app, env().fx.users.UNIT_OFFICER);
    const forged = new ApiClient(env().app, (client as unknown as { cookie: string }).cookie, '');
    const res = await forged.post('/api/people', {
      fullName: 'Phạm Văn Nam',
      gender: 'NAM',
      unitId: env().fx.own.id,
    });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('CSRF_INVALID');
  });

  it('puts the tenant in the session cookie, and still honours a session issued before it did', async () => {
    const { app, fx, database } = env();
    const res = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: fx.users.VIEWER, password: 'mat-khau-thu-nghiem-1' }),
    });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect(cookie.startsWith(`vd_session=${fx.tenantA}.`)).toBe(true);
    // A token from before the change: random bytes only, stored by their hash.
    const [user] = await database.db
      .select()
      .from(appUser)
      .where(and(eq(appUser.tenantId, fx.tenantA), eq(appUser.username, fx.users.LEADER)));
    const legacy = randomBytes(32).toString('base64url');
    await database.db.insert(session).values({
      tenantId: fx.tenantA,
      tokenHash: hashToken(legacy),
      userId: user!.id,
      csrfToken: 'csrf-cu',
      expiresAt: new Date(Date.now() + 3600_000),
    });
    const me = await new ApiClient(app, `vd_session=${legacy}`).get('/api/auth/me');
    expect(me.status).toBe(200);
    expect(me.body.user.username).toBe(fx.users.LEADER);
    // A token naming another tenant finds nothing, even with a real session's random part.
    const forged = `vd_session=${fx.tenantB}.${cookie.split('.').slice(1).join('.')}`;
    expect((await new ApiClient(app, forged).get('/api/auth/me')).status).toBe(401);
  });

  it('keeps usernames unique across tenants, and signs each user into their own tenant', async () => {
    const { app, fx } = env();
    const adminB = await ApiClient.login(app, `quantri.b.${fx.tenantAdmin.split('.').pop()}`);
    const taken = await adminB.post('/api/users', {
      username: fx.users.VIEWER,
      fullName: 'Trùng tên đăng nhập',
      password: 'mot-mat-khau-dai',
      roles: ['VIEWER'],
      unitId: fx.unitB.id,
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe('DUPLICATE_USERNAME');
    const fresh = `moi.b.${randomBytes(3).toString('hex')}`;
    const created = await adminB.post('/api/users', {
      username: fresh,
      fullName: 'Cán bộ bộ B',
      password: 'mot-mat-khau-dai',
      roles: ['VIEWER'],
      unitId: fx.unitB.id,
    });
    expect(created.status).toBe(201);
    const me = await (await ApiClient.login(app, fresh, 'mot-mat-khau-dai')).get('/api/auth/me');
    expect(me.body.user.tenantId).toBe(fx.tenantB);
    // The name is now taken for tenant A too.
    const adminA = await ApiClient.login(app, fx.tenantAdmin);
    const again = await adminA.post('/api/users', {
      username: fresh,
      fullName: 'Trùng lần nữa',
      password: 'mot-mat-khau-dai',
      roles: ['VIEWER'],
      unitId: fx.own.id,
    });
    expect(again.body.error.code).toBe('DUPLICATE_USERNAME');
  });
});
