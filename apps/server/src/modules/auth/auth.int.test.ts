import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { appUser } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';

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
});
