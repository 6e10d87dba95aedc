import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../lib/context';
import { cspNonce } from '../lib/security-headers';

/** Written by Vite (apps/web/vite.config.ts, html.cspNonce) where each response's nonce goes. */
const NONCE_PLACEHOLDER = /__VINHDANH_CSP_NONCE__/g;
/** The plain-HTML login form the web build puts in index.html, inert (apps/web/src/features/auth/login-shell.ts). */
const LOGIN_SHELL = /<template id="vd-login-shell">([\s\S]*?)<\/template>/;
const LOGIN_PATH = '/dang-nhap';

// Vite puts a content hash in every file name under /assets/, so a browser may keep them for a
// year; index.html names the current hashes and must be revalidated on every load.
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Serves the built SPA: hashed assets with long-lived caching, the .br/.gz files written at build
 * time (apps/web/scripts/compress-dist.mjs) to browsers that accept them, and index.html for
 * every unknown path so client-side routes work on reload.
 */
export function mountWeb(app: OpenAPIHono<AppEnv>, webDist: string) {
  const indexFile = path.join(webDist, 'index.html');
  if (!fs.existsSync(indexFile)) return;
  const root = path.relative(process.cwd(), webDist) || '.';
  // Read once: the file only changes with a new build, which means a restart.
  const indexHtml = fs.readFileSync(indexFile, 'utf8');
  // /dang-nhap gets its form as HTML, usable before the scripts run (issue 19: the username field
  // within 300 ms cold); the React page takes over what was typed. Other paths keep it inert.
  const loginHtml = indexHtml.replace(LOGIN_SHELL, '<div id="vd-login-shell">$1</div>');
  app.use('/assets/*', cacheFor(IMMUTABLE), serveStatic({ root, precompressed: true }));
  // index.html itself is never sent as a file: each copy carries its response's nonce.
  const isIndex = (p: string) => p === '/' || p === '/index.html';
  const staticFiles = serveStatic<AppEnv>({ root, precompressed: true });
  app.get('*', cacheFor(REVALIDATE), (c, next) => (isIndex(c.req.path) ? next() : staticFiles(c, next)));
  app.get('*', (c) =>
    c.html((c.req.path === LOGIN_PATH ? loginHtml : indexHtml).replace(NONCE_PLACEHOLDER, cspNonce(c))),
  );
}

/** Sets Cache-Control on a successful file response (serveStatic's onFound runs too late for it). */
function cacheFor(value: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', value);
  };
}
