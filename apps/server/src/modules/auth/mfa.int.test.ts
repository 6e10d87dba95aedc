import { and, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import type { createApp } from '../../app';
import { appUser } from '../../db/schema/index';
import { ApiClient, enrolledTotpSecret, nextTotpCode } from '../../test/client';
import { describeEngines } from '../../test/engines';
import { TEST_PASSWORD } from '../../test/fixtures';
import { testConfig } from '../../test/test-config';
import { addUser } from '../../test/workflow-fixtures';
import { sealLegacyMfaSecrets } from './mfa.repository';
import { mfaKey, sealMfaSecret } from './mfa-secret-box';

// TOTP second factor (RFC 6238): required for administrators and signers, enrolled with a QR
// code and confirmed by a first code, then asked at every login; recovery codes work once each.
// Codes come from otplib with the app's TOTP clock, which the test moves on by whole steps.

type App = ReturnType<typeof createApp>;

async function passwordOnly(app: App, username: string, password = TEST_PASSWORD) {
  const client = new ApiClient(app);
  const res = await client.post('/api/auth/login', { username, password });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const me = await client.get('/api/auth/me');
  client.useCsrfToken(me.body.csrfToken);
  return { client, login: res.body, me: me.body };
}

describeEngines('auth: TOTP second factor', (env) => {
  it('an administrator must enrol before anything else: QR code, first code, recovery codes', async () => {
    const { app, database, fx } = env();
    const admin = await addUser(database.db, fx, 'TENANT_ADMIN');
    const { client, me } = await passwordOnly(app, admin.username);
    expect(me.mfa).toEqual({ enabled: false, verificationRequired: false, enrolmentRequired: true });
    const blocked = await client.get('/api/people');
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.code).toBe('MFA_ENROLMENT_REQUIRED');

    const enrolment = await client.post('/api/auth/mfa/enrolment');
    expect(enrolment.status).toBe(200);
    expect(enrolment.body.qrDataUrl).toMatch(/^data:image\/png;base64,/);
    expect(enrolment.body.otpauthUri).toBe(
      `otpauth://totp/Vinh%20Danh:${admin.username}?secret=${enrolment.body.secret}&issuer=Vinh%20Danh`,
    );
    const wrong = await client.post('/api/auth/mfa/enable', { code: '000000' });
    expect(wrong.body.error.code).toBe('MFA_CODE_INVALID');
    const enabled = await client.post('/api/auth/mfa/enable', {
      code: nextTotpCode(enrolment.body.secret),
    });
    expect(enabled.status).toBe(200);
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    for (const code of enabled.body.recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect((await client.get('/api/people')).status).toBe(200);
    // Only hashes are kept.
    const [row] = await database.db.select().from(appUser).where(eq(appUser.username, admin.username));
    expect(row!.mfaRecoveryHashes).toHaveLength(10);
    expect(JSON.stringify(row!.mfaRecoveryHashes)).not.toContain(enabled.body.recoveryCodes[0].slice(0, 4));
  });

  it('asks for the code at every login; a wrong or reused code is refused; a recovery code works once', async () => {
    const { app, database, fx } = env();
    const leader = await addUser(database.db, fx, 'LEADER');
    const first = await ApiClient.login(app, leader.username); // enrols, as the fixture does
    expect((await first.get('/api/auth/me')).status).toBe(200);
    const secret = enrolledTotpSecret(leader.username)!;

    const { client, login, me } = await passwordOnly(app, leader.username);
    expect(login.mfaRequired).toBe(true);
    expect(me.mfa.verificationRequired).toBe(true);
    const before = await client.get('/api/people');
    expect(before.status).toBe(403);
    expect(before.body.error.code).toBe('MFA_REQUIRED');
    const wrong = await client.post('/api/auth/mfa/verify', { code: '123456' });
    expect(wrong.body.error.code).toBe('MFA_CODE_INVALID');
    const code = nextTotpCode(secret);
    expect((await client.post('/api/auth/mfa/verify', { code })).status).toBe(200);
    expect((await client.get('/api/people')).status).toBe(200);

    // The same code again, within its 30 seconds, on another login: refused (no replay).
    const again = await passwordOnly(app, leader.username);
    // The very string accepted above: recomputing it from the clock could cross into the next step.
    const replay = await again.client.post('/api/auth/mfa/verify', { code });
    expect(replay.body.error.code).toBe('MFA_CODE_INVALID');

    // Recovery codes: each works once, in any case, with or without the dash.
    const holder = await addUser(database.db, fx, 'TENANT_ADMIN');
    const enrolling = await passwordOnly(app, holder.username);
    const { recoveryCodes } = await enrolling.client.enrolTotp(holder.username);
    const r1 = await passwordOnly(app, holder.username);
    const used = await r1.client.post('/api/auth/mfa/verify', { code: recoveryCodes[0]!.toLowerCase() });
    expect(used.status).toBe(200);
    expect(used.body.recoveryCodesLeft).toBe(9);
    expect((await r1.client.get('/api/people')).status).toBe(200);
    const r2 = await passwordOnly(app, holder.username);
    const twice = await r2.client.post('/api/auth/mfa/verify', { code: recoveryCodes[0]!.replace('-', '') });
    expect(twice.body.error.code).toBe('MFA_CODE_INVALID');
  });

  it('locks the account after 5 wrong codes and ends the half-open session', async () => {
    const { app, database, fx } = env();
    const admin = await addUser(database.db, fx, 'TENANT_ADMIN');
    await ApiClient.login(app, admin.username);
    const { client } = await passwordOnly(app, admin.username);
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await client.post('/api/auth/mfa/verify', { code: String(100000 + i) });
      answers.push(res.body.error.code);
    }
    expect(answers).toEqual([
      'MFA_CODE_INVALID',
      'MFA_CODE_INVALID',
      'MFA_CODE_INVALID',
      'MFA_CODE_INVALID',
      'ACCOUNT_LOCKED',
    ]);
    expect((await client.get('/api/auth/me')).status).toBe(401);
    // Even the right password is refused while locked.
    const locked = await new ApiClient(app).post('/api/auth/login', {
      username: admin.username,
      password: TEST_PASSWORD,
    });
    expect(locked.status).toBe(423);
  });

  it('leaves other roles alone unless the setting names them; an admin reset makes the user enrol again', async () => {
    const { app, database, fx } = env();
    const officer = await addUser(database.db, fx, 'UNIT_OFFICER');
    const { me } = await passwordOnly(app, officer.username);
    expect(me.mfa).toEqual({ enabled: false, verificationRequired: false, enrolmentRequired: false });

    const leader = await addUser(database.db, fx, 'LEADER');
    await ApiClient.login(app, leader.username);
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const reset = await admin.post(`/api/users/${leader.id}/reset-mfa`);
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const after = await passwordOnly(app, leader.username);
    expect(after.login.mfaRequired).toBe(false);
    expect(after.me.mfa.enrolmentRequired).toBe(true);
  });

  it('keeps each TOTP secret encrypted at rest, bound to its account; plaintext ones are sealed at start', async () => {
    const { app, database, fx } = env();
    const stored = async (username: string) => {
      const [row] = await database.db
        .select({ secret: appUser.mfaSecret, tenantId: appUser.tenantId, id: appUser.id })
        .from(appUser)
        .where(eq(appUser.username, username));
      return row!;
    };
    const a = await addUser(database.db, fx, 'TENANT_ADMIN');
    const b = await addUser(database.db, fx, 'TENANT_ADMIN');
    await ApiClient.login(app, a.username);
    await ApiClient.login(app, b.username);
    const secretA = enrolledTotpSecret(a.username)!;
    const rowA = await stored(a.username);
    // AES-256-GCM: not the base32 secret, not even its encoding, and a fresh IV per seal.
    expect(rowA.secret).toMatch(/^v1:[A-Za-z0-9_-]{40,}$/);
    expect(rowA.secret).not.toContain(secretA);
    expect(Buffer.from(rowA.secret!.slice(3), 'base64url').toString('latin1')).not.toContain(secretA);
    expect((await ApiClient.login(app, a.username)).constructor).toBe(ApiClient);

    // Copied onto another account's row (someone with database access), it does not open.
    const rowB = await stored(b.username);
    const setSecret = (id: string, secret: string) =>
      database.db
        .update(appUser)
        .set({ mfaSecret: secret })
        .where(and(eq(appUser.tenantId, fx.tenantA), eq(appUser.id, id)));
    await setSecret(rowB.id, rowA.secret!);
    const moved = await passwordOnly(app, b.username);
    const refused = await moved.client.post('/api/auth/mfa/verify', { code: nextTotpCode(secretA) });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('MFA_SECRET_UNREADABLE');
    expect(refused.body.error.message).toContain('quản trị viên đặt lại');
    expect((await moved.client.get('/api/people')).status).toBe(403);

    // A secret stored in plaintext before this change still works, and the start-up pass seals it.
    const secretB = enrolledTotpSecret(b.username)!;
    await setSecret(rowB.id, secretB);
    expect((await ApiClient.login(app, b.username)).constructor).toBe(ApiClient);
    const key = mfaKey(testConfig());
    const sealed = await sealLegacyMfaSecrets(database.db, (acct, s) => sealMfaSecret(key, acct, s));
    expect(sealed).toBeGreaterThanOrEqual(1);
    expect((await stored(b.username)).secret).toMatch(/^v1:/);
    expect(await sealLegacyMfaSecrets(database.db, (acct, s) => sealMfaSecret(key, acct, s))).toBe(0);
    const after = await passwordOnly(app, b.username);
    expect((await after.client.post('/api/auth/mfa/verify', { code: nextTotpCode(secretB) })).status).toBe(
      200,
    );
  });

  it('an enrolled user whose password an administrator reset gives the code, then picks a new password', async () => {
    const { app, database, fx } = env();
    const leader = await addUser(database.db, fx, 'LEADER');
    await ApiClient.login(app, leader.username); // enrols
    const secret = enrolledTotpSecret(leader.username)!;
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    const reset = await admin.post(`/api/users/${leader.id}/reset-password`, {
      temporaryPassword: 'Tam-thoi-Son-Ha-7',
    });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);

    const { client, me } = await passwordOnly(app, leader.username, 'Tam-thoi-Son-Ha-7');
    expect(me).toMatchObject({ passwordChangeRequired: true, mfa: { verificationRequired: true } });
    // Before the code, the password cannot be changed; the code is accepted (it used to be refused
    // with PASSWORD_CHANGE_REQUIRED, so such an account could never sign in again).
    const early = await client.post('/api/auth/password', {
      currentPassword: 'Tam-thoi-Son-Ha-7',
      newPassword: 'Cay-da-dau-lang-88',
    });
    expect(early.body.error.code).toBe('MFA_REQUIRED');
    const verified = await client.post('/api/auth/mfa/verify', { code: nextTotpCode(secret) });
    expect(verified.status, JSON.stringify(verified.body)).toBe(200);
    expect((await client.get('/api/people')).body.error.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const changed = await client.post('/api/auth/password', {
      currentPassword: 'Tam-thoi-Son-Ha-7',
      newPassword: 'Cay-da-dau-lang-88',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((await client.get('/api/people')).status).toBe(200);
  });
});
