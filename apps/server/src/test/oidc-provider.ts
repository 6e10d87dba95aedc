import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';

// A real OpenID Connect provider (oidc-provider) on 127.0.0.1, for the integration and Chromium
// tests of the login (docs/decisions/). Its own dev login page takes any login name as the subject.
// Tests can rotate its signing keys, make it publish a key set that lacks the key it signs with,
// and shorten the life of its authorization codes.

export type TestClient = { clientId: string; clientSecret: string; redirectUris: string[] };

export type TestOidcProvider = {
  issuer: string;
  /** Extra claims per subject (citizen_id, name); an unknown subject has only `sub`. */
  accounts: Map<string, Record<string, unknown>>;
  /** Signs with the first key from now on and publishes all of them. */
  rotateKeys(keys: JWK[]): void;
  /** Publishes this key set instead of the one it signs with; null: its own again. */
  publishOnly(keys: JWK[] | null): void;
  /** Seconds an authorization code lives (60 by default). */
  setCodeTtl(seconds: number): void;
  /**
   * Holds each answer that sends the browser back with a code for this long (0: not at all), as a
   * slow network would; with a short code life the code has expired when the app redeems it.
   */
  delayCodeRedirects(ms: number): void;
  close(): Promise<void>;
};

/** A fresh RS256 private key as a JWK, named by `kid`. */
export async function newSigningKey(kid: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid, alg: 'RS256', use: 'sig' };
}

/** The public half of private JWKs, as a provider publishes them. */
export function publicKeys(keys: JWK[]): JWK[] {
  return keys.map(({ kid, kty, n, e, alg, use }) => ({ kid, kty, n, e, alg, use }));
}

export async function startTestOidcProvider(options: {
  clients: TestClient[];
  port?: number;
  keys?: JWK[];
}): Promise<TestOidcProvider> {
  let codeTtl = 60;
  let codeRedirectDelay = 0;
  let published: JWK[] | null = null;
  let handler: http.RequestListener | undefined;
  const accounts = new Map<string, Record<string, unknown>>();
  const server = http.createServer((req, res) => {
    if (published && req.method === 'GET' && req.url?.split('?')[0] === '/jwks') {
      res.writeHead(200, { 'content-type': 'application/jwk-set+json' });
      res.end(JSON.stringify({ keys: published }));
      return;
    }
    if (!handler) {
      res.writeHead(503).end();
      return;
    }
    if (codeRedirectDelay > 0 && req.url?.startsWith('/auth')) {
      const end = res.end.bind(res) as (...args: unknown[]) => http.ServerResponse;
      const delay = codeRedirectDelay;
      res.end = ((...args: unknown[]) => {
        const location = String(res.getHeader('location') ?? '');
        if (!location.includes('code=')) return end(...args);
        setTimeout(() => end(...args), delay);
        return res;
      }) as typeof res.end;
    }
    handler(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', resolve);
  });
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const build = (keys: JWK[]) => {
    const provider = new Provider(issuer, {
      clients: options.clients.map((c) => ({
        client_id: c.clientId,
        client_secret: c.clientSecret,
        redirect_uris: c.redirectUris,
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      })),
      jwks: { keys: keys as never },
      claims: { openid: ['sub'], profile: ['name', 'citizen_id'] },
      findAccount: (_ctx, sub) => ({
        accountId: sub,
        claims: () => ({ sub, ...(accounts.get(sub) ?? {}) }),
      }),
      features: { devInteractions: { enabled: true } },
      pkce: { required: () => true },
      ttl: {
        AuthorizationCode: () => codeTtl,
        AccessToken: 600,
        IdToken: 600,
        Grant: 600,
        Interaction: 600,
        Session: 600,
      },
      cookies: { keys: ['khoa-cookie-thu-nghiem-oidc'] },
    });
    handler = provider.callback() as http.RequestListener;
  };
  build(options.keys ?? [await newSigningKey('khoa-1')]);

  return {
    issuer,
    accounts,
    rotateKeys: build,
    publishOnly: (keys) => {
      published = keys;
    },
    setCodeTtl: (seconds) => {
      codeTtl = seconds;
    },
    delayCodeRedirects: (ms) => {
      codeRedirectDelay = ms;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * A browser's visit to the provider, without a browser: follows its redirects, keeps its
 * cookies, signs in on its dev login page as `subject` and consents. Returns the URL the provider
 * sends the browser back to (the app's callback, with code and state).
 */
export async function signInAtProvider(authorizationUrl: string, subject: string): Promise<string> {
  const jar = new Map<string, string>();
  const send = async (url: string, form?: Record<string, string>) => {
    const res = await fetch(url, {
      method: form ? 'POST' : 'GET',
      redirect: 'manual',
      headers: {
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(form ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
      },
      body: form ? new URLSearchParams(form).toString() : undefined,
    });
    for (const line of res.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const expired = attrs.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1));
    }
    return res;
  };
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let form: Record<string, string> | undefined;
  for (let hop = 0; hop < 20; hop += 1) {
    const res = await send(url, form);
    form = undefined;
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url).toString();
      // Back to the app: this is the callback.
      if (!next.startsWith(origin)) return next;
      url = next;
      continue;
    }
    const page = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(page)?.[1];
    if (res.status !== 200 || !action) throw new Error(`provider page ${res.status}: ${page.slice(0, 300)}`);
    url = new URL(action.replace(/&amp;/g, '&'), url).toString();
    form = page.includes('name="login"')
      ? { prompt: 'login', login: subject, password: 'mat-khau-bat-ky' }
      : { prompt: 'consent' };
  }
  throw new Error('too many hops at the provider');
}
