import { AppError, type ErrorCode } from './errors';

function pgCode(error: unknown): string | undefined {
  const e = error as { code?: string; cause?: { code?: string } };
  return e.cause?.code ?? e.code;
}

/** Turns a unique-constraint violation (23505) into the given stable error code. */
export function rethrowUnique(code: ErrorCode) {
  return (error: unknown): never => {
    if (pgCode(error) === '23505') throw new AppError(code);
    throw error;
  };
}
