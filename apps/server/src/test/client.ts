import type { createApp } from '../app';
import { TEST_PASSWORD } from './fixtures';

type App = ReturnType<typeof createApp>;

// Tests assert response bodies by their shape, so the body is deliberately untyped here.
// biome-ignore lint/suspicious/noExplicitAny: JSON of any route, checked by each test's expectations
export type Response = { status: number; body: any; headers: Headers };

/** Passwords the login fixture had to change, per app (each app is one database). */
const changedPasswords = new WeakMap<App, Map<string, string>>();

/** A signed-in API client over app.request(): keeps the session cookie and CSRF token. */
export class ApiClient {
  constructor(
    private readonly app: App,
    private cookie = '',
    private csrf = '',
  ) {}

  /**
   * Signs in, in one line, whatever the account's state: when the server asks for a new
   * password (after a reset, or a demo account outside the trial) it picks one and remembers
   * it for this app, so the next `login(app, username)` with the old password still works.
   */
  static async login(app: App, username: string, password = TEST_PASSWORD): Promise<ApiClient> {
    const known = changedPasswords.get(app)?.get(username) ?? password;
    const client = new ApiClient(app);
    const res = await client.request('POST', '/api/auth/login', { username, password: known });
    if (res.status !== 200)
      throw new Error(`login ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    const me = await client.request('GET', '/api/auth/me');
    client.csrf = me.body.csrfToken;
    if (me.body.passwordChangeRequired) {
      const next = `${known}-moi-${Date.now().toString(36)}`;
      const changed = await client.post('/api/auth/password', { currentPassword: known, newPassword: next });
      if (changed.status !== 200)
        throw new Error(`password change for ${username} failed: ${JSON.stringify(changed.body)}`);
      if (!changedPasswords.has(app)) changedPasswords.set(app, new Map());
      changedPasswords.get(app)!.set(username, next);
    }
    return client;
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
    const setCookie = res.headers.get('set-cookie');
    if (setCookie?.startsWith('vd_session=')) this.cookie = setCookie.split(';')[0]!;
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
}
