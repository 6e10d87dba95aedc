import { Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import type { User } from '../api/list-users';
import { useUpdateUser } from '../api/update-user';
import { PersonLinkSelect } from './PersonLinkSelect';

type Values = {
  fullName: string;
  roles: string[];
  personId: string | null;
  positionTitle: string;
  email: string;
};
const FIELDS = ['fullName', 'roles', 'personId', 'positionTitle', 'email'];
const u = ui.users;

/** Name, roles, the linked person record and the printed title of an existing account. */
export function EditUserModal({ user, onClose }: { user: User; onClose: () => void }) {
  const mutation = useUpdateUser();
  const form = useForm<Values>({
    initialValues: {
      fullName: user.fullName,
      roles: user.roles,
      personId: user.personId,
      positionTitle: user.positionTitle ?? '',
      email: user.email ?? '',
    },
    validate: {
      fullName: (v) => (v.trim().length >= 2 ? null : u.fullNameRequired),
      roles: (v) => (v.length ? null : u.rolesRequired),
    },
  });

  const submit = (values: Values) =>
    mutation.mutate(
      {
        id: user.id,
        input: {
          fullName: values.fullName.trim(),
          roles: values.roles as Role[],
          personId: values.personId,
          positionTitle: values.positionTitle.trim() || null,
          email: values.email.trim() || null,
        },
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t(u.updated, { username: user.username }) });
          onClose();
        },
        onError: (error) => {
          if (isApiError(error)) applyServerErrors(form, error, FIELDS);
          if (isApiError(error, 'PERSON_ALREADY_LINKED')) form.setFieldError('personId', error.message);
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t(u.editTitle, { username: user.username })} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="user-edit-form">
        <Stack>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <TextInput label={u.fullName} withAsterisk {...form.getInputProps('fullName')} />
          <MultiSelect
            label={u.roles}
            withAsterisk
            data={Object.entries(ui.roles)
              .filter(([value]) => value !== 'CITIZEN')
              .map(([value, label]) => ({ value, label }))}
            {...form.getInputProps('roles')}
          />
          <PersonLinkSelect
            label={u.person}
            description={u.personHint}
            currentLabel={user.personName}
            data-testid="user-edit-personId"
            {...form.getInputProps('personId')}
          />
          <TextInput
            label={u.positionTitle}
            description={u.positionTitleHint}
            data-testid="user-edit-positionTitle"
            {...form.getInputProps('positionTitle')}
          />
          <TextInput
            type="email"
            label={u.email}
            description={u.emailHint}
            autoComplete="off"
            data-testid="user-edit-email"
            {...form.getInputProps('email')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="user-edit-submit">
              {u.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
