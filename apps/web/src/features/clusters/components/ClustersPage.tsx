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
import { useCan } from '../../../lib/session/use-can';
import { useClusters } from '../api/get-clusters';
import { CreateClusterModal } from './CreateClusterModal';

const c = ui.emulation.clusters;

export function ClustersPage() {
  const can = useCan();
  const [year, setYear] = useState<number | undefined>(undefined);
  const { data = [], error, isLoading } = useClusters(year);
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <PageHeader
        title={c.title}
        subtitle={c.subtitle}
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
            {can('cluster:manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={modal.open} data-testid="clusters-create">
                {c.create}
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
        noRecordsText={c.empty}
        customRowAttributes={() => ({ 'data-testid': 'clusters-row' })}
        columns={[
          {
            accessor: 'name',
            title: c.name,
            render: (r) => (
              <RouterAnchor to="/cum-khoi/$clusterId" params={{ clusterId: r.id }}>
                {r.name}
              </RouterAnchor>
            ),
          },
          { accessor: 'year', title: ui.emulation.year },
          {
            accessor: 'kind',
            title: c.kind,
            render: (r) => (
              <Badge variant="light" tt="none">
                {c.kinds[r.kind]}
              </Badge>
            ),
          },
          {
            accessor: 'organiserLevel',
            title: c.organiserLevel,
            render: (r) => c.organiserLevels[r.organiserLevel],
          },
          { accessor: 'headUnitName', title: c.head, render: (r) => r.headUnitName ?? ui.app.none },
          { accessor: 'memberCount', title: c.memberCount },
        ]}
      />
      {can('cluster:manage') && <CreateClusterModal opened={opened} onClose={modal.close} />}
    </>
  );
}
