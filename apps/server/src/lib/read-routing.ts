import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import type { AppEnv, Deps } from './context';
import { isSecureRequest } from './security-headers';

/**
 * Read-your-writes with hot standbys: a write request sets this cookie to the moment its window
 * ends, and until then the same browser's heavy reads go to the primary, so a user never reads a
 * standby that has not yet replayed what they just saved. A cookie rather than server memory, so
 * it holds across several app servers behind one proxy.
 */
export const READ_PRIMARY_COOKIE = 'vd_read_primary';

export const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sets `readDb` for the request. Without DATABASE_READ_URL it is the primary and nothing else
 * changes. A write request reads from the primary too (a service it calls may read what it just
 * wrote, in or out of its transaction).
 */
export function readRouting(deps: Deps): MiddlewareHandler<AppEnv> {
  const standbys = deps.readDb;
  const windowMs = deps.config.readAfterWriteMs;
  return async (c, next) => {
    if (!standbys) {
      c.set('readDb', deps.db);
      return next();
    }
    if (!SAFE_METHODS.has(c.req.method)) {
      setCookie(c, READ_PRIMARY_COOKIE, String(Date.now() + windowMs), {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isSecureRequest(c, deps.config.trustProxy),
        path: '/',
        maxAge: Math.ceil(windowMs / 1000),
      });
      c.set('readDb', deps.db);
      return next();
    }
    // The value is the client's: one set far ahead counts only for one window (it cannot pin a
    // browser's reads to the primary for longer than a write would).
    const until = Number(getCookie(c, READ_PRIMARY_COOKIE));
    const now = Date.now();
    c.set('readDb', until > now && until - now <= windowMs ? deps.db : standbys);
    return next();
  };
}
