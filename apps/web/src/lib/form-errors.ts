import type { ApiError } from './api';

type FormWithErrors = { setFieldError: (path: string, message: string) => void };

/**
 * Puts the server's per-field messages (details[].path) on the matching form fields.
 * Returns true when at least one message found its field.
 */
export function applyServerErrors(form: FormWithErrors, error: ApiError, fields: readonly string[]): boolean {
  let applied = false;
  for (const detail of error.details) {
    const field = detail.path.split('.')[0] ?? '';
    if (fields.includes(field)) {
      form.setFieldError(field, detail.message);
      applied = true;
    }
  }
  return applied;
}
