import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, Hono } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { html } from 'hono/html';
import { clientAddress } from '../../lib/client-address';
import type { AppEnv } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { createRateLimiter } from '../../lib/rate-limiter';
import { isSecureRequest } from '../../lib/security-headers';
import { SESSION_COOKIE } from '../auth/index';
import { MY_FILINGS_PATH } from './citizen-session';
import { finishOidcLogin, startOidcLogin } from './oidc-login.service';

// The browser's side of an OpenID Connect login: the button's link, and the address the provider
// sends the browser back to. Both are pages, not JSON: they answer with a redirect, or with a page
// that says in Vietnamese why the login was refused (and its stable code).

/** The browser's half of the state check: set at the start, compared at the callback. */
export const OIDC_STATE_COOKIE = 'vd_oidc_state';

/** Where a citizen lands after signing in: the portal page listing their filings. */
const CITIZEN_HOME = MY_FILINGS_PATH;

export function registerOidcBrowserRoutes(app: Hono<AppEnv>) {
  // Starting a login writes a row: one address gets as many starts as it gets password logins.
  const limiters = new Map<string, ReturnType<typeof createRateLimiter>>();
  const allowStart = (c: Context<AppEnv>) => {
    const { loginLimits, trustedProxyHops } = c.get('deps').config;
    const key = `${loginLimits.perIp}/${loginLimits.windowMs}`;
    let limiter = limiters.get(key);
    if (!limiter) {
      limiter = createRateLimiter(loginLimits.perIp, loginLimits.windowMs);
      limiters.set(key, limiter);
    }
    const ip = clientAddress(
      trustedProxyHops,
      c.req.header('x-forwarded-for'),
      () => getConnInfo(c).remote.address,
    );
    return limiter.allow(ip);
  };

  app.get('/dang-nhap/oidc/:provider', async (c) => {
    try {
      if (!allowStart(c)) throw new AppError('RATE_LIMITED');
      const { url, state } = await startOidcLogin(
        c.get('deps'),
        c.req.param('provider'),
        new URL(c.req.url).origin,
        c.req.query('loi-moi')?.slice(0, 64),
      );
      setCookie(c, OIDC_STATE_COOKIE, state, {
        httpOnly: true,
        // Lax: sent when the provider redirects the browser back (a top-level GET), not on a
        // cross-site POST.
        sameSite: 'Lax',
        secure: isSecureRequest(c, c.get('deps').config.trustProxy),
        path: '/dang-nhap/oidc',
        maxAge: 600,
      });
      c.header('cache-control', 'no-store');
      return c.redirect(url, 302);
    } catch (e) {
      return refusal(c, e);
    }
  });

  app.get('/dang-nhap/oidc/:provider/callback', async (c) => {
    const deps = c.get('deps');
    const browserState = getCookie(c, OIDC_STATE_COOKIE);
    deleteCookie(c, OIDC_STATE_COOKIE, { path: '/dang-nhap/oidc' });
    c.header('cache-control', 'no-store');
    try {
      const url = new URL(c.req.url);
      const { token, citizen } = await finishOidcLogin(
        deps,
        c.req.param('provider'),
        url.searchParams,
        browserState,
        url.origin,
        c.get('requestId'),
      );
      setCookie(c, SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'Lax',
        secure: isSecureRequest(c, deps.config.trustProxy),
        path: '/',
        maxAge: deps.config.sessionHours * 3600,
      });
      return c.redirect(citizen ? CITIZEN_HOME : '/', 303);
    } catch (e) {
      return refusal(c, e);
    }
  });
}

/** The refusal page: the Vietnamese reason, the stable code, and the way back. No session is made. */
function refusal(c: Context<AppEnv>, e: unknown) {
  if (!(e instanceof AppError)) throw e;
  const status =
    e.status === 502
      ? 502
      : e.status === 429
        ? 429
        : e.status === 404
          ? 404
          : e.status === 409
            ? 409
            : e.status === 403
              ? 403
              : 400;
  return c.html(
    html`<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>Đăng nhập không thành công — Vinh Danh</title></head>
<body>
<main>
<h1>Đăng nhập không thành công</h1>
<p role="alert" data-error-code="${e.code}">${e.message}</p>
<p>Mã lỗi: <code>${e.code}</code> · Mã yêu cầu: <code>${c.get('requestId')}</code></p>
<p><a href="/dang-nhap">Quay lại trang đăng nhập</a></p>
</main>
</body>
</html>`,
    status,
  );
}
