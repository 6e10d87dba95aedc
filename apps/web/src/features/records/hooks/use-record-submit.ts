import { notifications } from '@mantine/notifications';
import type { UseMutationResult } from '@tanstack/react-query';
import { ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';

type Form = { setFieldError: (path: string, message: string) => void; reset: () => void };

/**
 * Sends a record form: on success a notice and close; on a 400 the server's Vietnamese
 * message lands on the matching field.
 */
export function useRecordSubmit<I>(
  mutation: UseMutationResult<unknown, Error, I>,
  form: Form,
  fields: readonly string[],
  onDone: () => void,
) {
  const close = () => {
    form.reset();
    mutation.reset();
    onDone();
  };
  const submit = (input: I) =>
    mutation.mutate(input, {
      onSuccess: () => {
        notifications.show({ color: 'green', message: ui.records.saved });
        close();
      },
      onError: (error) => {
        if (isApiError(error)) applyServerErrors(form, error, fields);
      },
    });
  return { submit, close };
}
