import type { createApp } from '../app';
import { processTotpClock } from '../lib/totp-clock';
import { TOTP_PERIOD_SECONDS, totpCode } from '../modules/auth/totp';
import { TEST_PASSWORD } from './fixtures';

type App = ReturnType<typeof createApp>;

// Tests assert response bodies by their shape, so the body is deliberately untyped here.
// biome-ignore lint/suspicious/noExplicitAny: JSON of any route, checked by each test's expectations
export type Response = { status: number; body: any; headers: Headers };

/** Passwords the login fixture had to change, per app (each app is one database). */
const changedPasswords = new WeakMap<App, Map<string, string>>();
/** TOTP secrets the login fixture (or a route sample) enrolled, by username (unique per fixture). */
const totpSecrets = new Map<string, string>();
export const rememberTotpSecret = (username: string, secret: string) => totpSecrets.set(username, secret);

function remember(map: WeakMap<App, Map<string, string>>, app: App, key: string, value: string) {
  if (!map.has(app)) map.set(app, new Map());
  map.get(app)!.set(key, value);
}

/**
 * The next TOTP code for a secret: the app's clock is moved on one step first, because the server
 * refuses a code at or before the last step it accepted (no replay), and tests must not wait.
 */
export function nextTotpCode(secret: string): string {
  processTotpClock.advance(TOTP_PERIOD_SECONDS * 1000);
  return totpCode(secret, processTotpClock.now());
}

/** The secret the fixture enrolled for a user (tests of MFA itself). */
export const enrolledTotpSecret = (username: string) => totpSecrets.get(username);

/** A signed-in API client over app.request(): keeps the session cookie and CSRF token. */
export class ApiClient {
  constructor(
    private readonly app: App,
    private cookie = '',
    private csrf = '',
  ) {}

  /** The `vd_session=…` pair this client sends (a test adding a cookie of its own sends it beside). */
  get sessionCookie() {
    return this.cookie;
  }

  /** Adopts the CSRF token of the session this client's cookie opened (from `GET /api/auth/me`). */
  useCsrfToken(token: string) {
    this.csrf = token;
  }

  /**
   * Signs in, in one line, whatever the account's state: it gives the TOTP code when the account
   * has a second factor; when the server asks for a new password (after a reset, or a demo
   * account outside the trial) it picks one and remembers it for this app, so the next
   * `login(app, username)` with the old password still works; and when the account's roles
   * require a second factor it enrols one and remembers the secret.
   */
  static async login(app: App, username: string, password = TEST_PASSWORD): Promise<ApiClient> {
    const known = changedPasswords.get(app)?.get(username) ?? password;
    const client = new ApiClient(app);
    const res = await client.request('POST', '/api/auth/login', { username, password: known });
    if (res.status !== 200)
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    let me = await client.request('GET', '/api/auth/me');
    client.csrf = me.body.csrfToken;
    if (me.body.mfa?.verificationRequired) {
      const secret = totpSecrets.get(username);
      if (!secret) throw new Error(`login ${username}: the account has MFA the fixture did not enrol`);
      const verified = await client.post('/api/auth/mfa/verify', { code: nextTotpCode(secret) });
      if (verified.status !== 200)
        throw new Error(`MFA for ${username} failed: ${JSON.stringify(verified.body)}`);
    }
    if (me.body.passwordChangeRequired) {
      const next = `${known}-moi-${Date.now().toString(36)}`;
      const changed = await client.post('/api/auth/password', { currentPassword: known, newPassword: next });
      if (changed.status !== 200)
        throw new Error(`password change for ${username} failed: ${JSON.stringify(changed.body)}`);
      remember(changedPasswords, app, username, next);
      me = await client.request('GET', '/api/auth/me');
    }
    if (me.body.mfa?.enrolmentRequired) await client.enrolTotp(username);
    return client;
  }

  /** Enrols a second factor for the signed-in user; returns the secret and the recovery codes. */
  async enrolTotp(username: string): Promise<{ secret: string; recoveryCodes: string[] }> {
    const enrolment = await this.post('/api/auth/mfa/enrolment');
    if (enrolment.status !== 200) throw new Error(`MFA enrolment failed: ${JSON.stringify(enrolment.body)}`);
    const secret: string = enrolment.body.secret;
    const enabled = await this.post('/api/auth/mfa/enable', { code: nextTotpCode(secret) });
    if (enabled.status !== 200) throw new Error(`MFA enable failed: ${JSON.stringify(enabled.body)}`);
    rememberTotpSecret(username, secret);
    return { secret, recoveryCodes: enabled.body.recoveryCodes };
  }

  /** Sends with the session cookie and CSRF token; the response body is left unread. */
  async send(method: string, path: string, body?: unknown, rawBody?: string): Promise<globalThis.Response> {
    const headers: Record<string, string> = {};
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf) headers['x-csrf-token'] = this.csrf;
    // A Blob is sent as the raw body with its own type (file uploads); anything else as JSON.
    const blob = body instanceof Blob ? body : undefined;
    if (blob) headers['content-type'] = blob.type;
    else if (body !== undefined || rawBody !== undefined) headers['content-type'] = 'application/json';
    const res = await this.app.request(path, {
      method,
      headers,
      body: blob ?? rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
    });
    // Among the response's cookies (read routing may set one before it), only the session is kept.
    const session = res.headers.getSetCookie().find((c) => c.startsWith('vd_session='));
    if (session) this.cookie = session.split(';')[0]!;
    return res;
  }

  /** Sends and reads the body: parsed JSON, or the bytes. */
  async request(method: string, path: string, body?: unknown, rawBody?: string): Promise<Response> {
    const res = await this.send(method, path, body, rawBody);
    const type = res.headers.get('content-type') ?? '';
    const parsed = type.includes('json') ? await res.json() : await res.arrayBuffer();
    return { status: res.status, body: parsed, headers: res.headers };
  }

  get = (path: string) => this.request('GET', path);
  /** A GET whose body is left unread, for streamed downloads. */
  getRaw = (path: string) => this.send('GET', path);
  post = (path: string, body?: unknown) => this.request('POST', path, body ?? {});
  patch = (path: string, body: unknown) => this.request('PATCH', path, body);
  put = (path: string, body: unknown) => this.request('PUT', path, body);
}
