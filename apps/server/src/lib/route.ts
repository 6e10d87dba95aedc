import { createRoute, type RouteConfig } from '@hono/zod-openapi';
import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { hasPermission } from '@vinhdanh/domain/auth/policy';
import type { MiddlewareHandler } from 'hono';
import { ZodType } from 'zod';
import type { AppEnv } from './context';
import { AppError } from './errors';

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
    }
  | { public: true };

export type RegisteredRoute = { method: string; path: string; access: Access; bodySchema?: ZodType };

/** Every API route, with its access rule; the authorization matrix test walks it. */
export const routeRegistry: RegisteredRoute[] = [];

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
    if (
      session.passwordChangeRequired &&
      !('duringPasswordChange' in access && access.duringPasswordChange)
    ) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED');
    }
    if ('permission' in access && !hasPermission(actor, access.permission)) throw new AppError('FORBIDDEN');
    return next();
  };
}

/** createRoute with a mandatory access rule, enforced before validation. */
export function defineRoute<R extends Omit<RouteConfig, 'middleware'>>(access: Access, config: R) {
  const openApiPath = config.path;
  const media = config.request?.body?.content?.['application/json'];
  const bodySchema = media && 'schema' in media ? media.schema : undefined;
  routeRegistry.push({
    method: config.method.toUpperCase(),
    path: `/api${openApiPath}`,
    access,
    bodySchema: bodySchema instanceof ZodType ? bodySchema : undefined,
  });
  return createRoute({ ...config, middleware: [guard(access)] as const });
}
