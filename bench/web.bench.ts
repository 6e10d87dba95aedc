import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { serve } from '@hono/node-server';
import { chromium } from '@playwright/test';
import { createApp } from '../apps/server/src/app';
import { loadConfig } from '../apps/server/src/config/config';
import { openDatabase } from '../apps/server/src/db/client';

const WEB_DIST = path.resolve(import.meta.dirname, '../apps/web/dist');

/** The baseline: the smallest page with one input, from the same server and browser. */
const BLANK_PATH = '/__bench-blank';
const BLANK_HTML = '<!doctype html><html lang="vi"><title>blank</title><input data-testid="login-username">';

// Runs in the page before its own scripts: notes the moment (performance.now() counts from the
// navigation's start) the username field is first in the document and enabled. An observer,
// not polling, so the figure has no polling interval in it.
const WATCH_FIELD = `(() => {
  const ready = () => {
    const field = document.querySelector('[data-testid="login-username"]');
    if (field && !field.disabled && window.__fieldReadyAt === undefined) {
      window.__fieldReadyAt = performance.now();
      return true;
    }
    return false;
  };
  const observer = new MutationObserver(() => { if (ready()) observer.disconnect(); });
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
})();`;

type Load = { ms: number; jsBytes: number; cssBytes: number; jsFiles: number };

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Cold loads of /dang-nhap in Chromium against the built web app served by the real server
 * (embedded PGlite, migrated, no data: the login page needs none), each in a fresh browser
 * context (empty cache), against a blank page with one input from the same server. One
 * discarded load of each first warms the server, not the browser's cache.
 */
export async function benchWebLogin(runs = 5, webDist = WEB_DIST) {
  if (!fs.existsSync(path.join(webDist, 'index.html'))) return null;
  const database = await openDatabase({ dataDir: 'memory://' });
  await database.migrate();
  const app = createApp({ db: database.db, config: { ...loadConfig({}), webDist } });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve(
      {
        fetch: (req) =>
          new URL(req.url).pathname === BLANK_PATH
            ? new Response(BLANK_HTML, { headers: { 'content-type': 'text/html; charset=utf-8' } })
            : app.fetch(req),
        port: 0,
        hostname: '127.0.0.1',
      },
      () => resolve(s),
    );
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const load = async (url: string): Promise<Load> => {
    const context = await browser.newContext();
    await context.addInitScript(WATCH_FIELD);
    const page = await context.newPage();
    const bodies: Promise<{ type: string; bytes: number }>[] = [];
    page.on('requestfinished', (request) => {
      bodies.push(request.sizes().then((s) => ({ type: request.resourceType(), bytes: s.responseBodySize })));
    });
    await page.goto(url, { waitUntil: 'commit' });
    // Functions, not strings: the app's Content-Security-Policy has no 'unsafe-eval'.
    await page.waitForFunction(
      () => (globalThis as { __fieldReadyAt?: number }).__fieldReadyAt !== undefined,
    );
    const ms = await page.evaluate(
      () => (globalThis as { __fieldReadyAt?: number }).__fieldReadyAt ?? Number.NaN,
    );
    await page.waitForLoadState('networkidle');
    const sizes = await Promise.all(bodies);
    await context.close();
    const sum = (type: string) => sizes.filter((s) => s.type === type).reduce((n, s) => n + s.bytes, 0);
    return {
      ms,
      jsBytes: sum('script'),
      cssBytes: sum('stylesheet'),
      jsFiles: sizes.filter((s) => s.type === 'script').length,
    };
  };
  try {
    await load(`${base}${BLANK_PATH}`);
    await load(`${base}/dang-nhap`);
    const login: Load[] = [];
    const blank: Load[] = [];
    for (let i = 0; i < runs; i++) {
      blank.push(await load(`${base}${BLANK_PATH}`));
      login.push(await load(`${base}/dang-nhap`));
    }
    return {
      runs,
      login: { median: median(login.map((l) => l.ms)), each: login.map((l) => l.ms) },
      blank: { median: median(blank.map((l) => l.ms)), each: blank.map((l) => l.ms) },
      jsBytes: login[0]!.jsBytes,
      jsFiles: login[0]!.jsFiles,
      cssBytes: login[0]!.cssBytes,
    };
  } finally {
    await browser.close();
    server.close();
    await database.close();
  }
}
