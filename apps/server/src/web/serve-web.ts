import fs from 'node:fs';
import path from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../lib/context';

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
  app.use('/assets/*', cacheFor(IMMUTABLE), serveStatic({ root, precompressed: true }));
  app.get('*', cacheFor(REVALIDATE), serveStatic({ root, precompressed: true }));
  app.get('*', (c) => c.html(fs.readFileSync(indexFile, 'utf8')));
}

/** Sets Cache-Control on a successful file response (serveStatic's onFound runs too late for it). */
function cacheFor(value: string): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    await next();
    if (c.res.status === 200) c.res.headers.set('Cache-Control', value);
  };
}
