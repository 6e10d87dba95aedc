import { Button, Group, Modal, MultiSelect, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import type { Role } from '@vinhdanh/domain/auth/roles';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../lib/form-errors';
import { useCreateUser } from '../api/create-user';
import { PersonLinkSelect } from './PersonLinkSelect';

type Values = {
  username: string;
  fullName: string;
  password: string;
  roles: string[];
  unitId: string | null;
  scopeUnitId: string | null;
  personId: string | null;
  positionTitle: string;
  email: string;
};
const FIELDS = [
  'username',
  'fullName',
  'password',
  'roles',
  'unitId',
  'scopeUnitId',
  'personId',
  'positionTitle',
  'email',
];
const u = ui.users;

export function CreateUserModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const createMutation = useCreateUser();
  const form = useForm<Values>({
    initialValues: {
      username: '',
      fullName: '',
      password: '',
      roles: [],
      unitId: null,
      scopeUnitId: null,
      personId: null,
      positionTitle: '',
      email: '',
    },
    validate: {
      username: (v) => (/^[a-z0-9._-]{3,50}$/.test(v.trim()) ? null : u.usernameFormat),
      fullName: (v) => (v.trim().length >= 2 ? null : u.fullNameRequired),
      password: (v) => (v.length >= 10 ? null : u.passwordShort),
      roles: (v) => (v.length ? null : u.rolesRequired),
      unitId: (v) => (v ? null : u.unitRequired),
    },
  });

  const close = () => {
    form.reset();
    createMutation.reset();
    onClose();
  };

  const submit = (values: Values) =>
    createMutation.mutate(
      {
        username: values.username.trim(),
        fullName: values.fullName.trim(),
        password: values.password,
        roles: values.roles as Role[],
        unitId: values.unitId ?? '',
        scopeUnitId: values.scopeUnitId ?? undefined,
        personId: values.personId,
        positionTitle: values.positionTitle.trim() || null,
        email: values.email.trim() || null,
      },
      {
        onSuccess: (user) => {
          notifications.show({ color: 'green', message: t(u.created, { username: user.username }) });
          close();
        },
        onError: (error) => {
          if (isApiError(error)) applyServerErrors(form, error, FIELDS);
          if (isApiError(error, 'DUPLICATE_USERNAME')) form.setFieldError('username', error.message);
        },
      },
    );

  return (
    <Modal opened={opened} onClose={close} title={u.create} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="user-form">
        <Stack>
          {createMutation.error && <ErrorAlert error={createMutation.error} />}
          <Group grow align="flex-start">
            <TextInput
              label={u.username}
              withAsterisk
              data-testid="user-username"
              {...form.getInputProps('username')}
            />
            <TextInput
              label={u.fullName}
              withAsterisk
              data-testid="user-fullName"
              {...form.getInputProps('fullName')}
            />
          </Group>
          <PasswordInput
            label={u.password}
            withAsterisk
            autoComplete="new-password"
            data-testid="user-password"
            {...form.getInputProps('password')}
          />
          <MultiSelect
            label={u.roles}
            withAsterisk
            data={Object.entries(ui.roles)
              .filter(([value]) => value !== 'CITIZEN')
              .map(([value, label]) => ({ value, label }))}
            data-testid="user-roles"
            {...form.getInputProps('roles')}
          />
          <UnitSelect
            label={u.unit}
            withAsterisk
            data-testid="user-unitId"
            {...form.getInputProps('unitId')}
          />
          <UnitSelect label={u.scope} description={u.scopeHint} {...form.getInputProps('scopeUnitId')} />
          <PersonLinkSelect
            label={u.person}
            description={u.personHint}
            data-testid="user-personId"
            {...form.getInputProps('personId')}
          />
          <TextInput
            label={u.positionTitle}
            description={u.positionTitleHint}
            data-testid="user-positionTitle"
            {...form.getInputProps('positionTitle')}
          />
          <TextInput
            type="email"
            label={u.email}
            description={u.emailHint}
            autoComplete="off"
            data-testid="user-email"
            {...form.getInputProps('email')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={createMutation.isPending} data-testid="user-submit">
              {u.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
