import type { Permission } from '@vinhdanh/domain/auth/permissions';
import { decideTenantWide } from '@vinhdanh/domain/auth/policies/unit-tree';
import type { Actor, Decision } from '@vinhdanh/domain/auth/policy';
import { isCitizen } from '@vinhdanh/domain/auth/roles';
import type { Db, Tx } from '../db/client';
import type { RequestContext } from './context';
import { AppError, type ErrorCode } from './errors';

/**
 * A reference to one entity, made by the module that owns it (exported from its index.ts for
 * the others): how to load what the policy needs, and which pure policy of
 * packages/domain/src/auth/policies decides. requireAccess stays generic, so the access layer
 * never reaches into a module's repository.
 */
export type EntityRef<T, P extends Permission = Permission> = {
  /** Loads within the actor's tenant; the actor is there for what defaults to their own scope. */
  load: (db: Db | Tx, tenantId: string, actor: Actor) => Promise<T | undefined>;
  notFound: ErrorCode;
  policy: (actor: Actor, permission: P, entity: T) => Decision;
  /**
   * What is decided before loading (usually the role's permission, `decide`), so a refused actor
   * gets FORBIDDEN even for a missing id, not NOT_FOUND. Each entity keeps the order it had: the
   * authorization matrix pins it.
   */
  precheck?: (actor: Actor, permission: P) => Decision;
};

/**
 * Something of the tenant as a whole, with nothing to load (the fund, the emulation office's
 * queues): the policy decides from the actor alone.
 */
export type TenantRef<P extends Permission = Permission> = {
  tenantPolicy: (actor: Actor, permission: P) => Decision;
};

/** The tenant as a whole, kept from the root of its tree (the tenant settings, the roll-up of reports). */
export const TENANT_ROOT: TenantRef = { tenantPolicy: decideTenantWide };

/**
 * The first statement of a service function acting on an entity: loads it, lets the policy
 * decide, throws NOT_FOUND or FORBIDDEN, and returns the loaded entity so the caller does not
 * load it twice.
 */
export async function requireAccess<P extends Permission>(
  db: Db | Tx,
  ctx: RequestContext,
  permission: P,
  ref: TenantRef<P>,
): Promise<void>;
export async function requireAccess<T, P extends Permission>(
  db: Db | Tx,
  ctx: RequestContext,
  permission: P,
  ref: EntityRef<T, P>,
): Promise<T>;
export async function requireAccess<T, P extends Permission>(
  db: Db | Tx,
  ctx: RequestContext,
  permission: P,
  ref: EntityRef<T, P> | TenantRef<P>,
): Promise<T | undefined> {
  const { actor } = ctx;
  if ('tenantPolicy' in ref) {
    allowOrThrow(ref.tenantPolicy(actor, permission));
    return undefined;
  }
  if (ref.precheck) allowOrThrow(ref.precheck(actor, permission));
  const entity = await ref.load(db, actor.tenantId, actor);
  if (entity === undefined) throw new AppError(ref.notFound);
  allowOrThrow(ref.policy(actor, permission, entity));
  return entity;
}

/**
 * What requireAccess would decide for an entity already loaded, without throwing: the same
 * precheck and policy, so an entity's allowedActions never become a second copy of a route's rule.
 */
export function isAllowed<T, P extends Permission>(
  actor: Actor,
  permission: P,
  ref: EntityRef<T, P>,
  entity: T,
): boolean {
  if (ref.precheck && !ref.precheck(actor, permission).allowed) return false;
  return ref.policy(actor, permission, entity).allowed;
}

/**
 * The actions the web may offer on an entity, sent with it (`allowedActions`): one boolean per
 * action, each the decision of the route that performs it, so the UI never re-derives them from
 * roles. The server still checks again on every write (state, version, scope at that moment).
 * Takes the entity module's table of action → the rule its route checks, and the decision of
 * that rule through the module's ref (isAllowed).
 */
export function allowedActions<A extends string, R>(
  rules: Record<A, R>,
  allowed: (rule: R) => boolean,
): Record<A, boolean> {
  return Object.fromEntries(
    Object.entries(rules).map(([action, rule]) => [action, allowed(rule as R)]),
  ) as Record<A, boolean>;
}

function allowOrThrow(decision: Decision) {
  if (!decision.allowed) throw new AppError('FORBIDDEN');
}

/** The caller's own account: the one thing a self-service function acts on. */
export type OwnAccount = { tenantId: string; userId: string };

/**
 * The first statement of a self-service function (the second factor, the password, the notice
 * settings, the own work queue and notifications): there is no permission to check, since every
 * signed-in user may manage their own account, but the function says so, and acts only on the
 * account this returns, never on an id it was given.
 */
export function authorizeSelf(ctx: RequestContext): OwnAccount {
  const { tenantId, userId } = ctx.actor;
  // A context without a user is a route wired as public by mistake: nobody's account to act on.
  if (!tenantId || !userId) throw new AppError('UNAUTHENTICATED');
  return { tenantId, userId };
}

/**
 * The first statement of what only a citizen signed in through the national identity (VNeID)
 * may do, on their own filings: CITIZEN_ONLY for any other account, as the citizen routes answer.
 */
export function authorizeCitizen(ctx: RequestContext): OwnAccount {
  if (!isCitizen(ctx.actor.roles)) throw new AppError('CITIZEN_ONLY');
  return authorizeSelf(ctx);
}
