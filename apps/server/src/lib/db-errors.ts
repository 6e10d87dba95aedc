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
