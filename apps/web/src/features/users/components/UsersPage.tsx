import { Badge, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ui } from '../../../i18n/ui';
import { useCan } from '../../../lib/session/use-can';
import { useUnitOptions } from '../../../lib/unit-options';
import { type User, useUsers } from '../api/list-users';
import { CreateUserModal } from './CreateUserModal';
import { EditUserModal } from './EditUserModal';
import { OidcInvitationButton } from './OidcInvitationButton';
import { UserLifeCycleActions } from './UserLifeCycleActions';

export function UsersPage() {
  const can = useCan();
  const { data: users = [], error, isLoading } = useUsers();
  const { data: units = [] } = useUnitOptions();
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.name ?? ui.app.none;
  const [opened, modal] = useDisclosure(false);
  const [editing, setEditing] = useState<User | null>(null);

  return (
    <>
      <PageHeader
        title={ui.users.title}
        actions={
          can('user:manage') && (
            <Button leftSection={<IconPlus size={16} />} onClick={modal.open} data-testid="users-create">
              {ui.users.create}
            </Button>
          )
        }
      />
      {error && <ErrorAlert error={error} />}
      <DataTable
        withTableBorder
        borderRadius="md"
        striped
        minHeight={200}
        fetching={isLoading}
        records={users}
        noRecordsText={ui.users.empty}
        customRowAttributes={() => ({ 'data-testid': 'users-row' })}
        columns={[
          { accessor: 'username', title: ui.users.username },
          {
            accessor: 'fullName',
            title: ui.users.fullName,
            render: (user) => (
              <Group gap={4}>
                {user.fullName}
                {user.disabled && (
                  <Badge size="sm" color="red" variant="light" tt="none" data-testid="users-disabled">
                    {ui.users.disabledBadge}
                  </Badge>
                )}
                {user.mustChangePassword && (
                  <Badge size="sm" color="orange" variant="light" tt="none">
                    {ui.users.mustChangeBadge}
                  </Badge>
                )}
              </Group>
            ),
          },
          {
            accessor: 'roles',
            title: ui.users.roles,
            render: (user) => (
              <Group gap={4}>
                {user.roles.map((role) => (
                  <Badge key={role} size="sm" variant="light" tt="none">
                    {ui.roles[role]}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { accessor: 'unitId', title: ui.users.unit, render: (user) => unitName(user.unitId) },
          { accessor: 'scopeUnitId', title: ui.users.scope, render: (user) => unitName(user.scopeUnitId) },
          {
            accessor: 'positionTitle',
            title: ui.users.positionTitle,
            render: (user) =>
              [user.positionTitle, user.personName].filter(Boolean).join(' — ') || ui.app.none,
          },
          {
            accessor: 'actions',
            title: '',
            // The column stays for whoever manages accounts; each row offers what its flags allow.
            hidden: !can('user:manage'),
            render: (user) => (
              <Group gap={4} wrap="nowrap">
                {user.allowedActions.edit && (
                  <Button size="xs" variant="light" onClick={() => setEditing(user)} data-testid="users-edit">
                    {ui.users.edit}
                  </Button>
                )}
                {user.allowedActions.changeLifeCycle && <UserLifeCycleActions user={user} />}
                {user.allowedActions.inviteOidc && !user.roles.includes('CITIZEN') && (
                  <OidcInvitationButton user={user} />
                )}
              </Group>
            ),
          },
        ]}
      />
      {can('user:manage') && <CreateUserModal opened={opened} onClose={modal.close} />}
      {editing && <EditUserModal key={editing.id} user={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
