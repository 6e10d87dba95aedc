import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { OpenAPIHono } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compressDir } from '../../../web/scripts/compress-dist.mjs';
import type { AppEnv } from '../lib/context';
import { mountWeb } from './serve-web';

describe('serving the built web app', () => {
  let dist: string;
  let app: OpenAPIHono<AppEnv>;
  const bundle = `console.log(${JSON.stringify('Vinh Danh '.repeat(2000))});`;

  beforeAll(() => {
    dist = fs.mkdtempSync(path.join(os.tmpdir(), 'vd-web-'));
    fs.mkdirSync(path.join(dist, 'assets'));
    fs.writeFileSync(
      path.join(dist, 'index.html'),
      '<!doctype html><title>Vinh Danh</title><template id="vd-login-shell"><form><input data-testid="login-username"></form></template><div id="root"></div>',
    );
    fs.writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), bundle);
    // A route's own chunk (the web is split by route, apps/web/src/routes/lazy-pages.ts).
    fs.writeFileSync(path.join(dist, 'assets', 'PersonPage-def456.js'), bundle);
    expect(compressDir(dist)).toBe(3);
    app = new OpenAPIHono<AppEnv>();
    mountWeb(app, dist);
  });
  afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

  it('sends a hashed bundle compressed with Brotli to a browser that accepts it, cached for a year', async () => {
    const res = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip, br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const body = Buffer.from(await res.arrayBuffer());
    expect(body.length).toBeLessThan(bundle.length / 10);
    expect(zlib.brotliDecompressSync(body).toString()).toBe(bundle);
  });

  it('compresses every chunk of the split bundle, not only the entry', async () => {
    const res = await app.request('/assets/PersonPage-def456.js', { headers: { 'Accept-Encoding': 'br' } });
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(zlib.brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe(bundle);
  });

  it('falls back to gzip, then to the plain file', async () => {
    const gz = await app.request('/assets/index-abc123.js', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(zlib.gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe(bundle);
    const plain = await app.request('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(bundle);
  });

  it('makes the browser revalidate index.html, also for client-side routes', async () => {
    for (const url of ['/', '/ca-nhan/123']) {
      const res = await app.request(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-cache');
      expect(await res.text()).toContain('<title>Vinh Danh</title>');
    }
  });

  it('sends /dang-nhap with its login form as HTML, usable before the scripts run; other paths keep it inert', async () => {
    const login = await (await app.request('/dang-nhap')).text();
    expect(login).toContain(
      '<div id="vd-login-shell"><form><input data-testid="login-username"></form></div>',
    );
    expect(login).not.toContain('<template');
    for (const url of ['/', '/ca-nhan/123', '/dang-nhap/khac']) {
      const other = await (await app.request(url)).text();
      expect(other).toContain('<template id="vd-login-shell">');
      expect(other).not.toContain('<div id="vd-login-shell">');
    }
  });
});
