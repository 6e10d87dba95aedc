import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import type { Database } from './db/client';
import { ApiClient } from './test/client';
import { createFixture, type Fixture } from './test/fixtures';
import { testConfig } from './test/test-config';
import { openTestDatabase } from './test/test-db';

// The headers every response carries (issue 14, "Input and headers"). They do not depend on the
// database engine, so this suite runs on PGlite only.

type App = ReturnType<typeof createApp>;

/** index.html as Vite writes it with html.cspNonce (apps/web/vite.config.ts), plus an inline script. */
const BUILT_INDEX = `<!doctype html>
<html lang="vi"><head>
<meta property="csp-nonce" nonce="__VINHDANH_CSP_NONCE__">
<script type="module" crossorigin src="/assets/index-abc.js" nonce="__VINHDANH_CSP_NONCE__"></script>
<script nonce="__VINHDANH_CSP_NONCE__">window.__boot = 1</script>
<link rel="stylesheet" crossorigin href="/assets/index-abc.css" nonce="__VINHDANH_CSP_NONCE__">
</head><body><div id="root"></div></body></html>`;

function directives(csp: string | null): Map<string, string[]> {
  expect(csp).toBeTruthy();
  return new Map(
    csp!.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

function nonceOf(csp: string | null): string {
  const nonce = directives(csp)
    .get('script-src')
    ?.find((v) => v.startsWith("'nonce-"));
  expect(nonce).toBeTruthy();
  return nonce!.slice("'nonce-".length, -1);
}

function expectCommonHeaders(headers: Headers) {
  const csp = directives(headers.get('content-security-policy'));
  expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  expect(csp.get('script-src')).not.toContain("'unsafe-eval'");
  expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(csp.get('base-uri')).toEqual(["'self'"]);
  expect(headers.get('x-content-type-options')).toBe('nosniff');
  expect(headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(headers.get('x-frame-options')).toBe('SAMEORIGIN');
}

describe('security headers on every response', () => {
  let database: Database;
  let fx: Fixture;
  let dist: string;
  let app: App;
  const quiet = { error: () => {} };

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
    fx = await createFixture(database.db);
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-csp-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(path.join(dist, 'index.html'), BUILT_INDEX);
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc.js'), 'console.log(1)');
    fs.writeFileSync(path.join(dist, 'assets', 'huong-dan.pdf'), '%PDF-1.4\n%%EOF\n');
    app = createApp({ db: database.db, config: { ...testConfig(), webDist: dist } }, quiet);
  });
  afterAll(async () => {
    await database.close();
    fs.rmSync(dist, { recursive: true, force: true });
  });

  it('gives the console page a fresh nonce per response, on every inline and bundled script', async () => {
    const seen = new Set<string>();
    for (const url of ['/', '/index.html', '/dang-nhap', '/ca-nhan/123']) {
      const res = await app.request(url);
      expect(res.status).toBe(200);
      expectCommonHeaders(res.headers);
      const nonce = nonceOf(res.headers.get('content-security-policy'));
      expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
      const html = await res.text();
      const scripts = html.match(/<script\b[^>]*>/g) ?? [];
      expect(scripts).toHaveLength(2);
      for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
      expect(html).toContain(`<meta property="csp-nonce" nonce="${nonce}">`);
      expect(html).not.toContain('__VINHDANH_CSP_NONCE__');
      // The same nonce allows the bundled stylesheet and Mantine's <style> tags.
      expect(directives(res.headers.get('content-security-policy')).get('style-src')).toContain(
        `'nonce-${nonce}'`,
      );
      seen.add(nonce);
    }
    expect(seen.size).toBe(4);
  });

  it('sends the same headers with the public portal, its assets and the bundled files', async () => {
    for (const url of ['/cong-khai', '/cong-khai/tai-nguyen/portal.css', '/assets/index-abc.js']) {
      const res = await app.request(url, { headers: { 'x-forwarded-for': '198.51.100.7' } });
      expect(res.status, url).toBe(200);
      expectCommonHeaders(res.headers);
      // Public, non-personal pages may still be cached by the browser.
      expect(res.headers.get('cache-control')).not.toBe('no-store');
    }
  });

  it("lets Chrome's PDF viewer show a PDF: no object-src or style restriction on it, framing by this origin only", async () => {
    const res = await app.request('/assets/huong-dan.pdf');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/pdf/);
    const csp = directives(res.headers.get('content-security-policy'));
    expect([...csp.keys()]).toEqual(['frame-ancestors']);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('forbids storing any API answer, signed-in or not, errors included', async () => {
    const admin = await ApiClient.login(app, fx.tenantAdmin);
    for (const url of ['/api/people', '/api/users', '/api/auth/me', '/api/khong-co']) {
      const res = await admin.request('GET', url);
      expect(res.headers.get('cache-control'), url).toBe('no-store');
      expectCommonHeaders(res.headers);
      // An answer that wrote no HTML allows no inline script or style, not even with a nonce.
      const csp = directives(res.headers.get('content-security-policy'));
      expect(csp.get('script-src'), url).toEqual(["'self'"]);
      expect(csp.get('style-src'), url).toEqual(["'self'"]);
    }
    const anonymous = await app.request('/api/people');
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('cache-control')).toBe('no-store');
    const refused = await app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: fx.tenantAdmin, password: 'sai-mat-khau' }),
    });
    expect(refused.status).toBe(401);
    expect(refused.headers.get('cache-control')).toBe('no-store');
  });

  it('sends HSTS only over HTTPS, as seen by a trusted proxy', async () => {
    const plain = await app.request('/cong-khai');
    expect(plain.headers.get('strict-transport-security')).toBeNull();
    // Without a trusted proxy, the header a client writes proves nothing.
    const forged = await app.request('/cong-khai', { headers: { 'x-forwarded-proto': 'https' } });
    expect(forged.headers.get('strict-transport-security')).toBeNull();
    const proxied = createApp(
      { db: database.db, config: { ...testConfig({ VINHDANH_TRUST_PROXY: '1' }), webDist: dist } },
      quiet,
    );
    const res = await proxied.request('/cong-khai', {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.8' },
    });
    expect(res.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    const direct = await app.request('https://vinhdanh.example.vn/cong-khai');
    expect(direct.headers.get('strict-transport-security')).toMatch(/^max-age=31536000/);
  });

  it("allows a configured signing plug-in's origin in connect-src, and nothing else", async () => {
    const before = directives((await app.request('/')).headers.get('content-security-policy'));
    expect(before.get('connect-src')).toEqual(["'self'"]);
    const withPlugin = createApp(
      {
        db: database.db,
        config: { ...testConfig({ VINHDANH_SIGNING_PLUGIN_ORIGIN: 'http://127.0.0.1:8987' }), webDist: dist },
      },
      quiet,
    );
    const csp = directives((await withPlugin.request('/')).headers.get('content-security-policy'));
    expect(csp.get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:8987']);
    // A value that would smuggle in another directive is refused at start-up.
    expect(() =>
      testConfig({ VINHDANH_SIGNING_PLUGIN_ORIGIN: "http://a; script-src 'unsafe-inline'" }),
    ).toThrow();
  });
});
