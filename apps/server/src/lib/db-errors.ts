import { AppError, type ErrorCode } from './errors';

function pgError(error: unknown): { code?: string; constraint?: string } {
  const e = error as { code?: string; constraint?: string; cause?: { code?: string; constraint?: string } };
  return e.cause?.code ? e.cause : e;
}

/**
 * Turns a unique-constraint violation (23505) into the given stable error code, or into the code
 * given for the violated constraint when a table has more than one unique key.
 */
export function rethrowUnique(code: ErrorCode, byConstraint: Record<string, ErrorCode> = {}) {
  return (error: unknown): never => {
    const e = pgError(error);
    // On Citus the name arrives with the shard's suffix (app_user_person_uq_102045).
    const name = e.constraint?.replace(/_\d+$/, '');
    if (e.code === '23505')
      throw new AppError((e.constraint && (byConstraint[e.constraint] ?? byConstraint[name ?? ''])) || code);
    throw error;
  };
}

// A server gone during a query or a connection (a failover, a restart): node's socket errors,
// SQLSTATE class 08 (connection exception), 57P01–57P03 (shut down, crashed, not accepting
// connections yet), 25006 (a write reached a server that became read-only).
const UNAVAILABLE_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '25006']);
// node-postgres reports a lost connection or a pool timeout by message only.
const UNAVAILABLE_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error and is not queryable',
];

/**
 * Whether an error means the database cannot be reached for now (db/replicas.ts): the request
 * gets DATABASE_UNAVAILABLE (503), which a client may retry, instead of INTERNAL.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let e = error as { code?: unknown; message?: unknown; cause?: unknown } | undefined, depth = 0;
    e && depth < 5;
    depth++
  ) {
    const code = typeof e.code === 'string' ? e.code : '';
    if (
      code === 'VD_DATABASE_UNAVAILABLE' ||
      UNAVAILABLE_NODE_CODES.has(code) ||
      UNAVAILABLE_SQLSTATES.has(code)
    )
      return true;
    if (/^08[0-9A-Z]{3}$/.test(code)) return true;
    const message = typeof e.message === 'string' ? e.message : '';
    if (UNAVAILABLE_MESSAGES.some((m) => message.startsWith(m))) return true;
    e = e.cause as typeof e;
  }
  return false;
}
