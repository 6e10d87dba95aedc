import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { useChangePassword } from '../api/change-password';

type Values = { currentPassword: string; newPassword: string; confirm: string };
const p = ui.password;

/** The user's own password change: forced after a reset, or from the header at any time. */
export function ChangePasswordForm({ onDone }: { onDone?: () => void }) {
  const mutation = useChangePassword();
  const form = useForm<Values>({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : p.current),
      newPassword: (v) => (v.length >= 10 ? null : ui.users.passwordShort),
      confirm: (v, values) => (v === values.newPassword ? null : p.mismatch),
    },
  });
  const submit = (values: Values) =>
    mutation.mutate(
      { currentPassword: values.currentPassword, newPassword: values.newPassword },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: p.done });
          form.reset();
          onDone?.();
        },
        onError: (error) => {
          if (isApiError(error)) applyServerErrors(form, error, ['currentPassword', 'newPassword']);
          if (isApiError(error, 'WRONG_PASSWORD')) form.setFieldError('currentPassword', error.message);
        },
      },
    );
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate data-testid="password-form">
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <PasswordInput
          label={p.current}
          withAsterisk
          autoComplete="current-password"
          data-testid="password-current"
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={p.next}
          description={p.nextHint}
          withAsterisk
          autoComplete="new-password"
          data-testid="password-new"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={p.confirm}
          withAsterisk
          autoComplete="new-password"
          data-testid="password-confirm"
          {...form.getInputProps('confirm')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={mutation.isPending} data-testid="password-submit">
            {p.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
