import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { hasPermission } from '@vinhdanh/domain/auth/policy';
import { isCitizen } from '@vinhdanh/domain/auth/roles';
import type { MiddlewareHandler } from 'hono';
import { ZodType } from 'zod';
import type { AppEnv } from './context';
import { AppError } from './errors';
import { errorResponses, operationIdFor } from './openapi';

/**
 * Who may call a route: a permission from the policy module, any signed-in
 * user, or the public. There is no way to define a route without saying so.
 */
export type Access =
  | { permission: Permission }
  | {
      authenticated: true;
      /** Still answers while the user must change their password (me, logout, the change itself). */
      duringPasswordChange?: true;
      /** Still answers before the session's second-factor code is given (me, logout, the code). */
      duringMfa?: true;
      /** Still answers while the account must enrol a second factor (me, logout, password, enrolment). */
      duringMfaEnrolment?: true;
      /** Also answers a citizen account (me, logout); every other route is for officers only. */
      citizens?: true;
    }
  /** Only a citizen account (signed in through the national identity), for its own filings. */
  | { citizen: true }
  | { public: true };

export type RegisteredRoute = { method: string; path: string; access: Access; bodySchema?: ZodType };

// Keyed by method and path: the dossier's transition routes are defined each time an API is built,
// so in a test worker that builds many apps (isolate: false) an array held them ~94 times over.
const registry = new Map<string, RegisteredRoute>();

/** Every API route, once, with its access rule; the authorization matrix test walks it. */
export function registeredRoutes(): RegisteredRoute[] {
  return [...registry.values()];
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function guard(access: Access): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if ('public' in access) return next();
    const actor = c.get('actor');
    const session = c.get('session');
    if (!actor || !session) throw new AppError('UNAUTHENTICATED');
    // CSRF: writes must echo the per-session token the page received from /api/auth/me.
    if (UNSAFE.has(c.req.method) && c.req.header('x-csrf-token') !== session.csrfToken) {
      throw new AppError('CSRF_INVALID');
    }
    // In this order: the second factor proves who it is, then a forced password change, then
    // enrolment of the second factor the roles require.
    if (session.mfaPending && !('duringMfa' in access && access.duringMfa)) {
      throw new AppError('MFA_REQUIRED');
    }
    if (
      session.passwordChangeRequired &&
      !('duringPasswordChange' in access && access.duringPasswordChange)
    ) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if (session.mfaEnrolmentRequired && !('duringMfaEnrolment' in access && access.duringMfaEnrolment)) {
      throw new AppError('MFA_ENROLMENT_REQUIRED');
    }
    if ('permission' in access && !hasPermission(actor, access.permission)) throw new AppError('FORBIDDEN');
    // A citizen has no permission, and of the routes open to any signed-in user only those marked
    // for citizens answer them; the citizen's own routes answer no officer.
    if ('citizen' in access && !isCitizen(actor.roles)) throw new AppError('CITIZEN_ONLY');
    if ('authenticated' in access && isCitizen(actor.roles) && !access.citizens) {
      throw new AppError('FORBIDDEN');
    }
    return next();
  };
}

/** Who must prove what, in OpenAPI terms: nothing, the session cookie, or the cookie and the CSRF header. */
function securityFor(access: Access, method: string) {
  if ('public' in access) return [];
  return UNSAFE.has(method) ? [{ session: [], csrf: [] }] : [{ session: [] }];
}

/**
 * createRoute with a mandatory access rule, enforced before validation, and a mandatory
 * summary. The OpenAPI document also gets, from the access rule, the operation's security
 * requirement and its error answers, and an operationId derived from the method and path
 * unless the route names one.
 */
export function defineRoute<R extends Omit<RouteConfig, 'middleware'> & { summary: string }>(
  access: Access,
  config: R,
) {
  const openApiPath = config.path;
  const method = config.method.toUpperCase();
  const media = config.request?.body?.content?.['application/json'];
  const bodySchema = media && 'schema' in media ? media.schema : undefined;
  registry.set(`${method} /api${openApiPath}`, {
    method,
    path: `/api${openApiPath}`,
    access,
    bodySchema: bodySchema instanceof ZodType ? bodySchema : undefined,
  });
  const route = createRoute({ ...config, middleware: [guard(access)] as const });
  // Documentation only, so the handlers keep the typing of the responses they declare.
  const documented: typeof route = Object.assign(route, {
    operationId: config.operationId ?? operationIdFor(method, openApiPath),
    security: securityFor(access, method),
    responses: { ...errorResponses(!('public' in access)), ...config.responses },
  });
  return documented;
}
