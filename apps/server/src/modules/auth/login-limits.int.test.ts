import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createApp } from '../../app';
import { appUser, auditEvent } from '../../db/schema/index';
import { describeEngines } from '../../test/engines';
import { TEST_PASSWORD } from '../../test/fixtures';
import { testConfig } from '../../test/test-config';
import { addUser } from '../../test/workflow-fixtures';
import { argon2Hasher, type PasswordHasher } from './password';

/** The real argon2 hasher, recording which hashes each password check ran against. */
function countingHasher() {
  const checked: string[] = [];
  const hasher: PasswordHasher = {
    ...argon2Hasher,
    verify: (hash, password) => {
      checked.push(hash);
      return argon2Hasher.verify(hash, password);
    },
  };
  return { hasher, checked };
}

const quiet = { error: () => {} };

type ErrorJson = { error: { code: string; message: string } };
const errorOf = async (res: Response) => ((await res.json()) as ErrorJson).error;

describeEngines('auth: a login that cannot be brute-forced', (env) => {
  const login = (
    app: ReturnType<typeof createApp>,
    username: string,
    password: string,
    forwardedFor?: string,
  ) =>
    app.request('/api/auth/login', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(forwardedFor ? { 'x-forwarded-for': forwardedFor } : {}),
      },
      body: JSON.stringify({ username, password }),
    });

  it('25 wrong passwords sent at once check at most 5, and then the right password is refused', async () => {
    const { database, fx } = env();
    const { hasher, checked } = countingHasher();
    const app = createApp({ db: database.db, config: testConfig(), passwords: hasher }, quiet);
    const user = await addUser(database.db, fx, 'UNIT_OFFICER');
    const [row] = await database.db.select().from(appUser).where(eq(appUser.id, user.id));

    const burst = await Promise.all(
      Array.from({ length: 25 }, (_, i) => login(app, user.username, `sai-mat-khau-${i}`)),
    );
    const statuses = burst.map((r) => r.status);
    const checkedThisUser = checked.filter((h) => h === row!.passwordHash).length;
    expect(checkedThisUser).toBeLessThanOrEqual(5);
    expect(checkedThisUser).toBeGreaterThan(0);
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(4);
    expect(statuses.every((s) => s === 401 || s === 423)).toBe(true);

    const right = await login(app, user.username, TEST_PASSWORD);
    expect(right.status).toBe(423);
    expect((await errorOf(right)).code).toBe('ACCOUNT_LOCKED');
    // The refused right password was not even checked.
    expect(checked.filter((h) => h === row!.passwordHash).length).toBe(checkedThisUser);
  });

  it('answers an unknown username like a known one, after one dummy check and without storing anything', async () => {
    const { database, fx } = env();
    const { hasher, checked } = countingHasher();
    const app = createApp({ db: database.db, config: testConfig(), passwords: hasher }, quiet);
    const known = await addUser(database.db, fx, 'VIEWER');
    const ghost = `khong.ton.tai.${Date.now().toString(36)}`;
    const users = async () => (await database.db.select({ n: count() }).from(appUser))[0]!.n;
    const events = async () => (await database.db.select({ n: count() }).from(auditEvent))[0]!.n;
    const [usersBefore, eventsBefore] = [await users(), await events()];

    const first = await login(app, ghost, 'sai-mat-khau');
    expect(checked).toEqual([await hasher.dummyHash()]);
    const knownFirst = await login(app, known.username, 'sai-mat-khau');
    expect(first.status).toBe(knownFirst.status);
    const [a, b] = [await errorOf(first), await errorOf(knownFirst)];
    expect({ code: a.code, message: a.message }).toEqual({ code: b.code, message: b.message });

    // Four more: the fifth locks, exactly as it does for a real account.
    const ghostStatuses = [first.status];
    const knownStatuses = [knownFirst.status];
    for (let i = 0; i < 4; i++) {
      ghostStatuses.push((await login(app, ghost, 'sai-mat-khau')).status);
      knownStatuses.push((await login(app, known.username, 'sai-mat-khau')).status);
    }
    expect(ghostStatuses).toEqual([401, 401, 401, 401, 423]);
    expect(knownStatuses).toEqual(ghostStatuses);
    expect((await login(app, ghost, 'sai-mat-khau')).status).toBe(423);

    // No account row and no audit row for the made-up name (audit rows belong to a tenant).
    expect(await users()).toBe(usersBefore);
    const ghostEvents = (await events()) - eventsBefore;
    // The known account's five failures are audited; the ghost's are not.
    expect(ghostEvents).toBe(5);
  });

  it('refuses a burst from one address beyond the per-IP limit, counting the right-most trusted hop', async () => {
    const { database, fx } = env();
    const app = createApp(
      {
        db: database.db,
        config: testConfig({ VINHDANH_TRUST_PROXY: '1', VINHDANH_LOGIN_LIMIT_PER_IP: '5' }),
      },
      quiet,
    );
    const users = await Promise.all(Array.from({ length: 7 }, () => addUser(database.db, fx, 'VIEWER')));
    const statuses = [];
    // Each request claims another origin on the left; the proxy appends the address it saw.
    for (const [i, u] of users.slice(0, 6).entries()) {
      statuses.push((await login(app, u.username, 'sai-mat-khau', `10.9.8.${i}, 203.0.113.9`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const refused = await login(app, users[6]!.username, TEST_PASSWORD, '203.0.113.9');
    expect(refused.status).toBe(429);
    expect(await errorOf(refused)).toMatchObject({
      code: 'RATE_LIMITED',
      message: 'Bạn gửi quá nhiều yêu cầu. Vui lòng thử lại sau ít phút.',
    });
    // Another address is not affected.
    expect((await login(app, users[6]!.username, TEST_PASSWORD, '198.51.100.20')).status).toBe(200);
  });

  it('refuses attempts on one username beyond the per-username limit, from any address', async () => {
    const { database, fx } = env();
    const app = createApp(
      {
        db: database.db,
        config: testConfig({ VINHDANH_TRUST_PROXY: '1', VINHDANH_LOGIN_LIMIT_PER_USERNAME: '3' }),
      },
      quiet,
    );
    const user = await addUser(database.db, fx, 'VIEWER');
    const statuses = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await login(app, user.username, 'sai-mat-khau', `198.51.100.${i}`)).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    // Unknown usernames are limited the same way.
    const ghost = `ma.${Date.now().toString(36)}`;
    const ghosts = [];
    for (let i = 0; i < 4; i++) ghosts.push((await login(app, ghost, 'x', `198.51.100.${i}`)).status);
    expect(ghosts).toEqual([401, 401, 401, 429]);
  });
});
