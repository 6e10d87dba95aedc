import { eq } from 'drizzle-orm';
import type { JWK } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../app';
import type { Config } from '../../config/config';
import type { Database } from '../../db/client';
import { appUser, oidcIdentity, session, tenant } from '../../db/schema/index';
import { ApiClient } from '../../test/client';
import { createFixture, type Fixture } from '../../test/fixtures';
import {
  newSigningKey,
  publicKeys,
  signInAtProvider,
  startTestOidcProvider,
  type TestOidcProvider,
} from '../../test/oidc-provider';
import { testConfig } from '../../test/test-config';
import { ENGINES, openTestDatabase } from '../../test/test-db';
import { COMPLAINT_PATH } from '../portal/portal-complaints.page';
import { citizenIdDigest, digestLegacyCitizenIds } from './citizen-id-digest';

// OpenID Connect login against a real provider (oidc-provider) on 127.0.0.1, on both engines.
// The national identity (VNeID) and the province SSO are two clients of the same test provider.

const CALLBACK = (id: string) => `http://localhost/dang-nhap/oidc/${id}/callback`;
const CLIENTS = [
  { clientId: 'vinhdanh-sso', clientSecret: 'bi-mat-sso-thu-nghiem', redirectUris: [CALLBACK('sso')] },
  { clientId: 'vinhdanh-vneid', clientSecret: 'bi-mat-vneid-thu-nghiem', redirectUris: [CALLBACK('vneid')] },
];

for (const engine of ENGINES) {
  describe(`OpenID Connect login [${engine}]`, () => {
    let provider: TestOidcProvider;
    let database: Database;
    let fx: Fixture;
    let app: ReturnType<typeof createApp>;
    let config: Config;
    let firstKey: JWK;

    beforeAll(async () => {
      firstKey = await newSigningKey('khoa-1');
      provider = await startTestOidcProvider({ clients: CLIENTS, keys: [firstKey] });
      database = await openTestDatabase(engine);
      fx = await createFixture(database.db);
      const [t] = await database.db
        .select({ code: tenant.code })
        .from(tenant)
        .where(eq(tenant.tenantId, fx.tenantA));
      const env: Record<string, string> = { VINHDANH_PUBLIC_TENANT: t!.code };
      for (const [id, c] of [
        ['SSO', CLIENTS[0]!],
        ['VNEID', CLIENTS[1]!],
      ] as const) {
        env[`VINHDANH_OIDC_${id}_ISSUER`] = provider.issuer;
        env[`VINHDANH_OIDC_${id}_CLIENT_ID`] = c.clientId;
        env[`VINHDANH_OIDC_${id}_CLIENT_SECRET`] = c.clientSecret;
        env[`VINHDANH_OIDC_${id}_REDIRECT_URL`] = c.redirectUris[0]!;
        // A rotated key is fetched at the first token that names it.
        env[`VINHDANH_OIDC_${id}_JWKS_COOLDOWN_SECONDS`] = '0';
      }
      config = testConfig(env);
      app = createApp({ db: database.db, config }, { error: () => {} });
    });
    afterAll(async () => {
      await provider?.close();
      await database?.close();
    });

    /** The login button: the app's redirect to the provider, and the browser's state cookie. */
    async function start(id: 'sso' | 'vneid', invitation?: string) {
      const res = await app.request(
        `/dang-nhap/oidc/${id}${invitation ? `?loi-moi=${encodeURIComponent(invitation)}` : ''}`,
      );
      expect(res.status).toBe(302);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('vd_oidc_state='));
      return { authUrl: res.headers.get('location')!, cookie: cookie!.split(';')[0]! };
    }

    async function callback(url: string, cookie: string) {
      const res = await app.request(url, { headers: { cookie } });
      const sessionCookie = res.headers
        .getSetCookie()
        .find((c) => c.startsWith('vd_session='))
        ?.split(';')[0];
      return { res, sessionCookie, text: res.status >= 400 ? await res.text() : '' };
    }

    async function login(id: 'sso' | 'vneid', subject: string, invitation?: string) {
      const { authUrl, cookie } = await start(id, invitation);
      return callback(await signInAtProvider(authUrl, subject), cookie);
    }

    async function clientFor(sessionCookie: string) {
      const client = new ApiClient(app, sessionCookie);
      const me = await client.get('/api/auth/me');
      client.useCsrfToken(me.body.csrfToken);
      return { client, me: me.body };
    }

    async function userId(username: string) {
      const [row] = await database.db
        .select({ id: appUser.id })
        .from(appUser)
        .where(eq(appUser.username, username));
      return row!.id;
    }

    async function sessionCount() {
      return (await database.db.select({ t: session.tokenHash }).from(session)).length;
    }

    function expectRefused(result: Awaited<ReturnType<typeof callback>>, status: number, code: string) {
      expect(result.res.status).toBe(status);
      expect(result.sessionCookie).toBeUndefined();
      expect(result.text).toContain(`data-error-code="${code}"`);
      expect(result.text).toContain('Đăng nhập không thành công');
    }

    it('lists the configured providers for the login page', async () => {
      const res = await app.request('/api/auth/oidc/providers');
      const body = (await res.json()) as { items: { id: string; startPath: string }[] };
      expect(body.items.map((p: { id: string }) => p.id)).toEqual(['vneid', 'sso']);
      expect(body.items[0]?.startPath).toBe('/dang-nhap/oidc/vneid');
    });

    it('offers no provider login on a server without OIDC settings', async () => {
      const plain = createApp({ db: database.db, config: testConfig() }, { error: () => {} });
      expect(await (await plain.request('/api/auth/oidc/providers')).json()).toEqual({ items: [] });
      const res = await plain.request('/dang-nhap/oidc/vneid');
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('data-error-code="OIDC_PROVIDER_UNKNOWN"');
    });

    it('refuses an officer subject the SSO does not know and no invitation links: no account, no session', async () => {
      const before = await sessionCount();
      const users = (await database.db.select({ id: appUser.id }).from(appUser)).length;
      expectRefused(await login('sso', 'can-bo-la'), 403, 'OIDC_NOT_LINKED');
      expect(await sessionCount()).toBe(before);
      expect((await database.db.select({ id: appUser.id }).from(appUser)).length).toBe(users);
    });

    it("links an officer through the administrator's invitation, once; the provider's login stands for MFA", async () => {
      const admin = await ApiClient.login(app, fx.tenantAdmin);
      const leaderId = await userId(fx.users.LEADER);
      const invited = await admin.post(`/api/users/${leaderId}/oidc-invitation`);
      expect(invited.status).toBe(200);
      const code: string = invited.body.code;
      expect(code).toMatch(/^[A-Z2-9]{10}$/);

      // Typed in lower case with a dash, as people do.
      const typed = `${code.slice(0, 5).toLowerCase()}-${code.slice(5)}`;
      const first = await login('sso', 'sso-lanh-dao-1', typed);
      expect(first.res.status).toBe(303);
      expect(first.res.headers.get('location')).toBe('/');
      const { client, me } = await clientFor(first.sessionCookie!);
      expect(me.user.username).toBe(fx.users.LEADER);
      // A LEADER must use a second factor with a password; the provider's login counts as it.
      expect(me.mfa.verificationRequired).toBe(false);
      expect(me.mfa.enrolmentRequired).toBe(false);
      expect((await client.get('/api/people')).status).toBe(200);

      // Linked now: the next login needs no invitation.
      const again = await login('sso', 'sso-lanh-dao-1');
      expect(again.res.status).toBe(303);
      expect((await clientFor(again.sessionCookie!)).me.user.username).toBe(fx.users.LEADER);

      // The code is used up: another subject cannot take the account with it.
      expectRefused(await login('sso', 'sso-ke-khac', code), 403, 'OIDC_INVITATION_INVALID');
      expectRefused(await login('sso', 'sso-ke-khac', 'KHONGCOMA2'), 403, 'OIDC_INVITATION_INVALID');
    });

    it('refuses a disabled officer at the provider login too', async () => {
      const admin = await ApiClient.login(app, fx.tenantAdmin);
      const viewerId = await userId(fx.users.VIEWER);
      const { body } = await admin.post(`/api/users/${viewerId}/oidc-invitation`);
      expect((await login('sso', 'sso-nguoi-xem', body.code)).res.status).toBe(303);
      expect((await admin.post(`/api/users/${viewerId}/disable`)).status).toBe(200);
      expectRefused(await login('sso', 'sso-nguoi-xem'), 403, 'ACCOUNT_DISABLED');
    });

    it('gives a citizen signing in through VNeID a citizen account that sees only their own filings', async () => {
      provider.accounts.set('vneid-cd-1', { citizen_id: '001203004321', name: 'Phạm Thị Lan' });
      provider.accounts.set('vneid-cd-2', { citizen_id: '001203004999', name: 'Đỗ Văn Nam' });
      const lan = await login('vneid', 'vneid-cd-1');
      expect(lan.res.status).toBe(303);
      expect(lan.res.headers.get('location')).toBe('/cong-khai/ho-so-cua-toi');
      const { client: lanClient, me } = await clientFor(lan.sessionCookie!);
      expect(me.user.roles).toEqual(['CITIZEN']);
      expect(me.user.fullName).toBe('Phạm Thị Lan');
      expect((await lanClient.get('/api/citizen/filings')).body.items).toEqual([]);

      const nam = await login('vneid', 'vneid-cd-2');
      const { client: namClient } = await clientFor(nam.sessionCookie!);
      const file = (cookie: string, subjectName: string) =>
        app.request(COMPLAINT_PATH, {
          method: 'POST',
          headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            filedAs: 'KHIEU_NAI',
            subjectName,
            content: 'Đề nghị xem xét lại việc bình xét danh hiệu năm nay của đơn vị.',
            fullName: 'Công dân thử nghiệm',
            contact: '0912345678',
          }).toString(),
        });
      expect((await file(lan.sessionCookie!, 'Trường THPT Số 1')).status).toBe(303);
      expect((await file(nam.sessionCookie!, 'Sở Y tế')).status).toBe(303);

      const lanFilings = (await lanClient.get('/api/citizen/filings')).body.items;
      expect(lanFilings.map((f: { subjectName: string }) => f.subjectName)).toEqual(['Trường THPT Số 1']);
      expect(lanFilings[0].state).toBe('RECEIVED');
      const namFilings = (await namClient.get('/api/citizen/filings')).body.items;
      expect(namFilings.map((f: { subjectName: string }) => f.subjectName)).toEqual(['Sở Y tế']);

      // The portal's "Hồ sơ của tôi" page lists the same, for the signed-in citizen only.
      const pageOf = async (cookie?: string) =>
        (await app.request('/cong-khai/ho-so-cua-toi', { headers: cookie ? { cookie } : {} })).text();
      const lanPage = await pageOf(lan.sessionCookie);
      expect(lanPage).toContain('Phạm Thị Lan');
      expect(lanPage).toContain('Trường THPT Số 1');
      expect(lanPage).not.toContain('Sở Y tế');
      expect(await pageOf()).toContain('href="/dang-nhap/oidc/vneid"');

      // The citizen ID is kept only as a keyed hash, never in clear (a dump shows no ID).
      const stored = await database.db
        .select({ citizenId: oidcIdentity.citizenId })
        .from(oidcIdentity)
        .where(eq(oidcIdentity.userId, me.user.id));
      expect(stored).toEqual([{ citizenId: citizenIdDigest(config, me.user.tenantId, '001203004321') }]);
      expect(stored[0]!.citizenId).toMatch(/^hmac1:[0-9a-f]{64}$/);
      // One stored in clear before this change is replaced by its digest at the next start.
      await database.db
        .update(oidcIdentity)
        .set({ citizenId: '001203004321' })
        .where(eq(oidcIdentity.userId, me.user.id));
      expect(await digestLegacyCitizenIds(database.db, config)).toBe(1);
      expect(await digestLegacyCitizenIds(database.db, config)).toBe(0);
      const again = await database.db
        .select({ citizenId: oidcIdentity.citizenId })
        .from(oidcIdentity)
        .where(eq(oidcIdentity.userId, me.user.id));
      expect(again).toEqual(stored);

      // Signing in again finds the same account, not a new one.
      const lanAgain = await login('vneid', 'vneid-cd-1');
      expect((await clientFor(lanAgain.sessionCookie!)).me.user.id).toBe(me.user.id);

      // No officer route answers a citizen, and the citizen's route answers no officer.
      for (const path of ['/api/people', '/api/users', '/api/complaints', '/api/org-units']) {
        expect((await lanClient.get(path)).status, path).toBe(403);
      }
      expect(
        (await lanClient.post('/api/auth/password', { currentPassword: 'x', newPassword: 'y' })).status,
      ).toBe(403);
      const officer = await ApiClient.login(app, fx.users.COMPLAINT_HANDLER);
      expect((await officer.get('/api/citizen/filings')).status).toBe(403);

      // Citizens are not staff: the administrators' list of accounts leaves them out.
      const admin = await ApiClient.login(app, fx.tenantAdmin);
      const listed = (await admin.get('/api/users')).body.items as { id: string; roles: string[] }[];
      expect(listed.length).toBeGreaterThan(0);
      expect(listed.some((u) => u.id === me.user.id || u.roles.includes('CITIZEN'))).toBe(false);

      // "Hồ sơ của tôi" signs the citizen out: a POST carrying this session's CSRF token in the form
      // (the portal runs no script). A form without it, as another site could send, does nothing.
      expect(lanPage).toContain('action="/cong-khai/ho-so-cua-toi/dang-xuat"');
      const signOut = (csrf: string) =>
        app.request('/cong-khai/ho-so-cua-toi/dang-xuat', {
          method: 'POST',
          headers: { cookie: lanAgain.sessionCookie!, 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ csrf }).toString(),
        });
      const forged = await signOut('sai');
      expect(forged.status).toBe(303);
      expect(await pageOf(lanAgain.sessionCookie)).toContain('data-testid="citizen-name"');
      const csrf = /name="csrf" value="([^"]+)"/.exec(await pageOf(lanAgain.sessionCookie))?.[1];
      const out = await signOut(csrf!);
      expect(out.status).toBe(303);
      expect(out.headers.get('location')).toBe('/cong-khai/ho-so-cua-toi');
      expect(out.headers.get('set-cookie')).toMatch(/vd_session=;/);
      expect(await pageOf(lanAgain.sessionCookie)).toContain('href="/dang-nhap/oidc/vneid"');
      expect((await new ApiClient(app, lanAgain.sessionCookie!).get('/api/auth/me')).status).toBe(401);
      // The other browser's session (the first login) is not touched.
      expect((await lanClient.get('/api/citizen/filings')).status).toBe(200);
    });

    it('refuses a VNeID login without the citizen ID claim', async () => {
      expectRefused(await login('vneid', 'vneid-khong-cccd'), 400, 'OIDC_CLAIM_MISSING');
    });

    it('refuses an ID token whose nonce is not the one this login sent', async () => {
      provider.accounts.set('vneid-nonce', { citizen_id: '001203000111' });
      const { authUrl, cookie } = await start('vneid');
      const tampered = new URL(authUrl);
      tampered.searchParams.set('nonce', 'nonce-cua-ke-tan-cong');
      const before = await sessionCount();
      expectRefused(
        await callback(await signInAtProvider(tampered.toString(), 'vneid-nonce'), cookie),
        400,
        'OIDC_NONCE_MISMATCH',
      );
      expect(await sessionCount()).toBe(before);
    });

    it('refuses a callback whose state is not this browser’s, and a replayed callback', async () => {
      provider.accounts.set('vneid-state', { citizen_id: '001203000222' });
      const mine = await start('vneid');
      const other = await start('vneid');
      const back = await signInAtProvider(mine.authUrl, 'vneid-state');
      // Another browser's state cookie (a login started elsewhere).
      expectRefused(await callback(back, other.cookie), 400, 'OIDC_STATE_INVALID');
      expectRefused(await callback(back, 'vd_oidc_state='), 400, 'OIDC_STATE_INVALID');
      const ok = await callback(back, mine.cookie);
      expect(ok.res.status).toBe(303);
      // The same answer again: its state is used up.
      expectRefused(await callback(back, mine.cookie), 400, 'OIDC_STATE_INVALID');
    });

    it('refuses an expired authorization code', async () => {
      provider.accounts.set('vneid-het-han', { citizen_id: '001203000333' });
      provider.setCodeTtl(1);
      try {
        const { authUrl, cookie } = await start('vneid');
        const back = await signInAtProvider(authUrl, 'vneid-het-han');
        await new Promise((r) => setTimeout(r, 2100));
        expectRefused(await callback(back, cookie), 400, 'OIDC_CODE_REJECTED');
      } finally {
        provider.setCodeTtl(60);
      }
    });

    it('follows a key rotation, and refuses a token signed by a key the provider does not publish', async () => {
      provider.accounts.set('vneid-khoa', { citizen_id: '001203000444' });
      expect((await login('vneid', 'vneid-khoa')).res.status).toBe(303);
      // The provider signs with a new key and still publishes the old one: fetched at once.
      const second = await newSigningKey('khoa-2');
      provider.rotateKeys([second, firstKey]);
      const rotated = await login('vneid', 'vneid-khoa');
      expect(rotated.res.status).toBe(303);
      // A key the published set does not hold (a forger's, or one removed): refused.
      provider.rotateKeys([await newSigningKey('khoa-la')]);
      provider.publishOnly(publicKeys([second]));
      try {
        expectRefused(await login('vneid', 'vneid-khoa'), 400, 'OIDC_SIGNING_KEY_UNKNOWN');
      } finally {
        provider.publishOnly(null);
        provider.rotateKeys([second, firstKey]);
      }
    });
  });
}
