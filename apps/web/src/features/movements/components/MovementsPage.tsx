import { Badge, Button } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useCan } from '../../../lib/session/use-can';
import { useMovements } from '../api/get-movements';
import { CreateMovementModal } from './CreateMovementModal';

const m = ui.emulation.movements;

export function MovementsPage() {
  const can = useCan();
  const [year, setYear] = useState<number | undefined>(undefined);
  const { data = [], error, isLoading } = useMovements(year);
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={m.title}
        subtitle={m.subtitle}
        actions={
          <>
            <VnNumberInput
              aria-label={ui.emulation.year}
              placeholder={ui.emulation.year}
              min={2000}
              max={2100}
              value={year ?? ''}
              // A refused year keeps the list as it was; the field says why.
              onChange={(v) => !Number.isNaN(v) && setYear(v === '' ? undefined : v)}
              w={110}
            />
            {can('movement:manage') && (
              <Button
                leftSection={<IconPlus size={16} />}
                onClick={modal.open}
                data-testid="movements-create"
              >
                {m.create}
              </Button>
            )}
          </>
        }
      />
      {error && <ErrorAlert error={error} />}
      <DataTable
        withTableBorder
        borderRadius="md"
        striped
        minHeight={200}
        fetching={isLoading}
        records={data}
        noRecordsText={m.empty}
        customRowAttributes={() => ({ 'data-testid': 'movements-row' })}
        columns={[
          {
            accessor: 'title',
            title: m.name,
            render: (r) => (
              <RouterAnchor to="/phong-trao/$movementId" params={{ movementId: r.id }}>
                {r.title}
              </RouterAnchor>
            ),
          },
          { accessor: 'year', title: ui.emulation.year },
          {
            accessor: 'form',
            title: m.form,
            render: (r) => (
              <Badge variant="light" color={r.form === 'CHUYEN_DE' ? 'grape' : 'blue'} tt="none">
                {ui.emulation.forms[r.form]}
              </Badge>
            ),
          },
          { accessor: 'state', title: m.state, render: (r) => ui.emulation.states[r.state] },
          { accessor: 'launchingAuthority', title: m.authority },
          {
            accessor: 'startDate',
            title: m.period,
            render: (r) => `${formatDate(r.startDate)} – ${formatDate(r.endDate)}`,
          },
        ]}
      />
      {can('movement:manage') && <CreateMovementModal opened={opened} onClose={modal.close} />}
    </>
  );
}
