import { getConnInfo } from '@hono/node-server/conninfo';
import { type OpenAPIHono, z } from '@hono/zod-openapi';
import { isTenantWide, permissionsOf } from '@vinhdanh/domain/auth/policy';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { deleteCookie, setCookie } from 'hono/cookie';
import type { Config } from '../../config/config';
import { clientAddress } from '../../lib/client-address';
import { type AppEnv, requestContext } from '../../lib/context';
import { AppError } from '../../lib/errors';
import { createRateLimiter } from '../../lib/rate-limiter';
import { defineRoute } from '../../lib/route';
import { isSecureRequest } from '../../lib/security-headers';
import { findUserProfile } from './auth.repository';
import { changePasswordInput, loginInput, loginOutput, meOutput } from './auth.schemas';
import { login, logout } from './auth.service';
import { changePassword } from './password-change.service';

export const SESSION_COOKIE = 'vd_session';

const ok = z.object({ ok: z.literal(true) });

const loginRoute = defineRoute(
  { public: true },
  {
    method: 'post',
    path: '/auth/login',
    summary: 'Đăng nhập',
    tags: ['auth'],
    request: { body: { content: { 'application/json': { schema: loginInput } }, required: true } },
    responses: {
      200: { description: 'Đăng nhập thành công', content: { 'application/json': { schema: loginOutput } } },
    },
  },
);

const logoutRoute = defineRoute(
  {
    authenticated: true,
    duringPasswordChange: true,
    duringMfa: true,
    duringMfaEnrolment: true,
    citizens: true,
  },
  {
    method: 'post',
    path: '/auth/logout',
    summary: 'Đăng xuất',
    tags: ['auth'],
    responses: { 200: { description: 'Đã đăng xuất', content: { 'application/json': { schema: ok } } } },
  },
);

const meRoute = defineRoute(
  {
    authenticated: true,
    duringPasswordChange: true,
    duringMfa: true,
    duringMfaEnrolment: true,
    citizens: true,
  },
  {
    method: 'get',
    path: '/auth/me',
    summary: 'Xem người dùng đang đăng nhập',
    tags: ['auth'],
    responses: {
      200: { description: 'Người dùng hiện tại', content: { 'application/json': { schema: meOutput } } },
    },
  },
);

const changePasswordRoute = defineRoute(
  { authenticated: true, duringPasswordChange: true, duringMfaEnrolment: true },
  {
    method: 'post',
    path: '/auth/password',
    summary: 'Đổi mật khẩu',
    tags: ['auth'],
    request: { body: { content: { 'application/json': { schema: changePasswordInput } }, required: true } },
    responses: { 200: { description: 'Đã đổi mật khẩu', content: { 'application/json': { schema: ok } } } },
  },
);

/**
 * Per-address and per-username limits on login attempts, one pair per app (each server, each
 * test app). They come on top of the account lockout: the lockout bounds the guesses per
 * account, these bound how fast one address can spray passwords over many usernames.
 */
function createLoginLimits(config: Config['loginLimits']) {
  const perIp = createRateLimiter(config.perIp, config.windowMs);
  const perUsername = createRateLimiter(config.perUsername, config.windowMs);
  return (ip: string, username: string) =>
    // Both count, so a refused address still uses up the username's allowance and vice versa.
    [perIp.allow(ip), perUsername.allow(username.trim().toLowerCase())].every(Boolean);
}

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, config: Config) {
  const allowLogin = createLoginLimits(config.loginLimits);
  app.openapi(loginRoute, async (c) => {
    const deps = c.get('deps');
    const ip = clientAddress(
      deps.config.trustedProxyHops,
      c.req.header('x-forwarded-for'),
      () => getConnInfo(c).remote.address,
    );
    if (!allowLogin(ip, c.req.valid('json').username)) throw new AppError('RATE_LIMITED');
    const { token, passwordChangeRequired, mfaRequired } = await login(
      deps,
      c.req.valid('json'),
      c.get('requestId'),
    );
    const secure = isSecureRequest(c, deps.config.trustProxy);
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true,
      sameSite: 'Lax',
      secure,
      path: '/',
      maxAge: deps.config.sessionHours * 3600,
    });
    return c.json({ ok: true as const, passwordChangeRequired, mfaRequired }, 200);
  });
  app.openapi(changePasswordRoute, async (c) => {
    const session = c.get('session');
    if (!session) throw new AppError('UNAUTHENTICATED');
    return c.json(
      await changePassword(c.get('deps'), requestContext(c), session.tokenHash, c.req.valid('json')),
      200,
    );
  });

  app.openapi(logoutRoute, async (c) => {
    const session = c.get('session');
    if (session) await logout(c.get('deps'), session.tenantId, session.tokenHash);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ ok: true as const }, 200);
  });

  app.openapi(meRoute, async (c) => {
    const actor = c.get('actor');
    const session = c.get('session');
    if (!actor || !session) throw new AppError('UNAUTHENTICATED');
    const user = await findUserProfile(c.get('deps').db, actor.tenantId, actor.userId);
    if (!user) throw new AppError('UNAUTHENTICATED');
    const { mfaEnabled: _m, ...profile } = user;
    return c.json(
      {
        user: {
          ...profile,
          roles: user.roles as Role[],
          isTenantWide: isTenantWide(actor),
        },
        permissions: permissionsOf(actor),
        csrfToken: session.csrfToken,
        passwordChangeRequired: session.passwordChangeRequired,
        mfa: {
          enabled: user.mfaEnabled,
          verificationRequired: session.mfaPending,
          enrolmentRequired: session.mfaEnrolmentRequired,
        },
        demo: c.get('deps').config.demo,
      },
      200,
    );
  });
}
