import { Badge, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { vi } from '../../../i18n/vi';
import { useCan } from '../../../lib/session/use-can';
import { useUnitOptions } from '../../../lib/unit-options';
import { useUsers } from '../api/list-users';
import { CreateUserModal } from './CreateUserModal';

export function UsersPage() {
  const can = useCan();
  const { data: users = [], error, isLoading } = useUsers();
  const { data: units = [] } = useUnitOptions();
  const unitName = (id: string) => units.find((unit) => unit.id === id)?.name ?? vi.app.none;
  const [opened, modal] = useDisclosure(false);

  return (
    <>
      <PageHeader
        title={vi.users.title}
        actions={
          can('user:manage') && (
            <Button leftSection={<IconPlus size={16} />} onClick={modal.open} data-testid="users-create">
              {vi.users.create}
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
        noRecordsText={vi.users.empty}
        customRowAttributes={() => ({ 'data-testid': 'users-row' })}
        columns={[
          { accessor: 'username', title: vi.users.username },
          { accessor: 'fullName', title: vi.users.fullName },
          {
            accessor: 'roles',
            title: vi.users.roles,
            render: (user) => (
              <Group gap={4}>
                {user.roles.map((role) => (
                  <Badge key={role} size="sm" variant="light" tt="none">
                    {vi.roles[role]}
                  </Badge>
                ))}
              </Group>
            ),
          },
          { accessor: 'unitId', title: vi.users.unit, render: (user) => unitName(user.unitId) },
          { accessor: 'scopeUnitId', title: vi.users.scope, render: (user) => unitName(user.scopeUnitId) },
        ]}
      />
      {can('user:manage') && <CreateUserModal opened={opened} onClose={modal.close} />}
    </>
  );
}
