import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from '../../app';
import { appUser } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { TEST_PASSWORD } from '../../test/fixtures';
import { testConfig } from '../../test/test-config';
import { addUser } from '../../test/workflow-fixtures';
import { createUserRecord } from '../tenants/tenant-setup';

const raw = (app: ReturnType<typeof createApp>, username: string, password: string) =>
  new ApiClient(app).post('/api/auth/login', { username, password });

describeEngines('users: account life cycle', (env) => {
  it('a user changes their password: the old one stops working, other sessions end', async () => {
    const { app, database, fx } = env();
    const u = await addUser(database.db, fx, 'VIEWER');
    const elsewhere = await ApiClient.login(app, u.username);
    const here = await ApiClient.login(app, u.username);
    const wrong = await here.post('/api/auth/password', {
      currentPassword: 'khong-dung-mat-khau',
      newPassword: 'Hoa-sen-no-tren-ao-2026',
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.code).toBe('WRONG_PASSWORD');
    const ok = await here.post('/api/auth/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'Hoa-sen-no-tren-ao-2026',
    });
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect((await here.get('/api/auth/me')).status).toBe(200);
    expect((await elsewhere.get('/api/auth/me')).status).toBe(401);
    expect((await raw(app, u.username, TEST_PASSWORD)).status).toBe(401);
    expect((await raw(app, u.username, 'Hoa-sen-no-tren-ao-2026')).status).toBe(200);
  });

  it('refuses common and trivial passwords from the maintained list', async () => {
    const { app, database, fx } = env();
    const u = await addUser(database.db, fx, 'VIEWER');
    const client = await ApiClient.login(app, u.username);
    for (const newPassword of ['1234567890', 'qwertyuiop', 'password123', 'Matkhau@123', 'iloveyou12']) {
      const res = await client.post('/api/auth/password', { currentPassword: TEST_PASSWORD, newPassword });
      expect(res.status, newPassword).toBe(400);
      expect(res.body.error.code).toBe('WEAK_PASSWORD');
      expect(res.body.error.details[0].path).toBe('newPassword');
    }
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const created = await admin.post('/api/users', {
      username: `yeu.${Date.now().toString(36)}`,
      fullName: 'Mật khẩu yếu',
      password: 'abc123456789',
      roles: ['VIEWER'],
      unitId: fx.own.id,
    });
    expect(created.status).toBe(400);
    expect(created.body.error.code).toBe('WEAK_PASSWORD');
  });

  it('an admin reset forces a change at next login: nothing else answers until the user picks one', async () => {
    const { app, database, fx } = env();
    const u = await addUser(database.db, fx, 'UNIT_OFFICER', { unit: fx.own, scope: fx.own });
    const before = await ApiClient.login(app, u.username);
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const reset = await admin.post(`/api/users/${u.id}/reset-password`, {
      temporaryPassword: 'Tam-thoi-Son-Ha-7',
    });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    // The reset ends the user's sessions at once.
    expect((await before.get('/api/auth/me')).status).toBe(401);

    const login = await raw(app, u.username, 'Tam-thoi-Son-Ha-7');
    expect(login.status).toBe(200);
    expect(login.body.passwordChangeRequired).toBe(true);
    const client = new ApiClient(app);
    await client.post('/api/auth/login', { username: u.username, password: 'Tam-thoi-Son-Ha-7' });
    const me = await client.get('/api/auth/me');
    expect(me.body.passwordChangeRequired).toBe(true);
    const forced = new ApiClient(app, (client as unknown as { cookie: string }).cookie, me.body.csrfToken);
    const blocked = await forced.get('/api/people');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error).toMatchObject({
      code: 'PASSWORD_CHANGE_REQUIRED',
      message: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
    });
    const changed = await forced.post('/api/auth/password', {
      currentPassword: 'Tam-thoi-Son-Ha-7',
      newPassword: 'Cay-da-dau-lang-88',
    });
    expect(changed.status).toBe(200);
    expect((await forced.get('/api/people')).status).toBe(200);
    expect((await forced.get('/api/auth/me')).body.passwordChangeRequired).toBe(false);
  });

  it('disabling a user ends their sessions at once and refuses their login; enabling lets them back', async () => {
    const { app, database, fx } = env();
    const u = await addUser(database.db, fx, 'UNIT_OFFICER', { unit: fx.own, scope: fx.own });
    const session = await ApiClient.login(app, u.username);
    expect((await session.get('/api/people')).status).toBe(200);
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    expect((await admin.post(`/api/users/${u.id}/disable`)).status).toBe(200);
    // The very next request: no cache keeps the session alive.
    expect((await session.get('/api/people')).status).toBe(401);
    const refused = await raw(app, u.username, TEST_PASSWORD);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('ACCOUNT_DISABLED');
    // A wrong password gets the ordinary answer: being disabled is told only to the holder.
    expect((await raw(app, u.username, 'sai-mat-khau')).status).toBe(401);
    const listed = (await admin.get('/api/users')).body.items.find((x: { id: string }) => x.id === u.id);
    expect(listed).toMatchObject({ disabled: true });

    expect((await admin.post(`/api/users/${u.id}/enable`)).status).toBe(200);
    expect((await raw(app, u.username, TEST_PASSWORD)).status).toBe(200);

    // Nobody disables themself, and an admin of the Sở cannot touch accounts outside it.
    const self = await admin.post(`/api/users/${(await admin.get('/api/auth/me')).body.user.id}/disable`);
    expect(self.body.error.code).toBe('CANNOT_DISABLE_SELF');
    const narrowAdmin = await addUser(database.db, fx, 'TENANT_ADMIN', { unit: fx.own, scope: fx.own });
    const outside = await addUser(database.db, fx, 'VIEWER', { unit: fx.other, scope: fx.other });
    const narrow = await ApiClient.login(app, narrowAdmin.username);
    expect((await narrow.post(`/api/users/${outside.id}/disable`)).status).toBe(403);
  });

  it('a demo account skips the forced change in the demo trial only; outside it, it must change first', async () => {
    const { database, fx } = env();
    const username = `demo.${Date.now().toString(36)}`;
    await createUserRecord(database.db, fx.tenantA, {
      username,
      fullName: 'Tài khoản mẫu',
      password: 'VinhDanh@2026',
      roles: ['VIEWER'],
      unitId: fx.own.id,
      demo: true,
    });
    const trial = createApp({ db: database.db, config: testConfig({ VINHDANH_DEMO: '1' }) });
    const production = createApp({ db: database.db, config: testConfig({ VINHDANH_DEMO: '0' }) });
    const inTrial = await raw(trial, username, 'VinhDanh@2026');
    expect(inTrial.body.passwordChangeRequired).toBe(false);
    const outside = await raw(production, username, 'VinhDanh@2026');
    expect(outside.body.passwordChangeRequired).toBe(true);
    const me = await new ApiClient(production, outside.headers.get('set-cookie')!.split(';')[0]).get(
      '/api/auth/me',
    );
    expect(me.body).toMatchObject({ demo: false, passwordChangeRequired: true });
    // The test login fixture handles it in one line, and the account then is an ordinary one.
    const client = await ApiClient.login(production, username, 'VinhDanh@2026');
    expect((await client.get('/api/people')).status).toBe(200);
    const [row] = await database.db.select().from(appUser).where(eq(appUser.username, username));
    expect(row).toMatchObject({ demo: false, mustChangePassword: false });
  });
});
