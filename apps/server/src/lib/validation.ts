import type { Hook } from '@hono/zod-openapi';
import type { ZodError } from 'zod';
import type { AppEnv } from './context';
import { AppError, type ErrorDetail } from './errors';

export function zodDetails(error: ZodError): ErrorDetail[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(gốc)', message: issue.message }));
}

/** Turns a failed request validation into INVALID_INPUT with a Vietnamese message per field. */
export const validationHook: Hook<unknown, AppEnv, string, unknown> = (result) => {
  if (!result.success) throw new AppError('INVALID_INPUT', zodDetails(result.error as ZodError));
};
