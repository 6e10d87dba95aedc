import { Badge, Button, Select } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useCan } from '../../../lib/session/use-can';
import type { CouncilStatus, CouncilSummary } from '../api/council.types';
import { COUNCIL_PAGE_SIZE, useCouncilList } from '../api/list-councils';
import { CreateCouncilModal } from './CreateCouncilModal';

const c = ui.councils;
const STATUS_OPTIONS = [
  { value: 'ALL', label: c.statusAll },
  { value: 'OPEN', label: c.statusOpen },
  { value: 'CLOSED', label: c.closed },
];

export function CouncilStatusBadge({ status }: { status: CouncilStatus }) {
  return (
    <Badge color={status === 'CLOSED' ? 'gray' : 'green'} variant="light" data-status={status}>
      {status === 'CLOSED' ? c.closed : c.statusOpen}
    </Badge>
  );
}

/** "/hoi-dong": the council sessions of the user's subtree; the secretary convenes new ones here. */
export function CouncilsPage({ onOpen }: { onOpen: (id: string) => void }) {
  const can = useCan();
  const [page, setPage] = useState(1);
  const [status, setStatus] = useState<CouncilStatus | undefined>(undefined);
  const [opened, modal] = useDisclosure(false);
  const { data, error, isFetching } = useCouncilList(page, status);
  return (
    <>
      <PageHeader
        title={c.listTitle}
        subtitle={c.listSubtitle}
        actions={
          <>
            <Select
              aria-label={c.statusFilter}
              data={STATUS_OPTIONS}
              value={status ?? 'ALL'}
              onChange={(v) => {
                setStatus(v === 'OPEN' || v === 'CLOSED' ? v : undefined);
                setPage(1);
              }}
              allowDeselect={false}
              w={150}
              data-testid="councils-status"
            />
            {can('council:manage') && (
              <Button leftSection={<IconPlus size={16} />} onClick={modal.open} data-testid="councils-create">
                {c.create}
              </Button>
            )}
          </>
        }
      />
      {error && <ErrorAlert error={error} />}
      <DataTable<CouncilSummary>
        data-testid="councils-table"
        withTableBorder
        striped
        minHeight={160}
        fetching={isFetching}
        records={data?.items ?? []}
        totalRecords={data?.total ?? 0}
        recordsPerPage={COUNCIL_PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        noRecordsText={c.empty}
        customRowAttributes={(r) => ({ 'data-testid': 'council-row', 'data-session-id': r.id })}
        columns={[
          {
            accessor: 'title',
            title: c.colTitle,
            render: (r) => (
              <RouterAnchor to="/hoi-dong/$sessionId" params={{ sessionId: r.id }}>
                {r.title}
              </RouterAnchor>
            ),
          },
          { accessor: 'unitName', title: c.colUnit },
          { accessor: 'meetingOn', title: c.meetingOn, noWrap: true, render: (r) => formatDate(r.meetingOn) },
          {
            accessor: 'status',
            title: c.colStatus,
            width: 140,
            render: (r) => <CouncilStatusBadge status={r.status} />,
          },
          { accessor: 'memberCount', title: c.colMembers, textAlign: 'right' },
          { accessor: 'itemCount', title: c.colItems, textAlign: 'right' },
        ]}
      />
      {can('council:manage') && (
        <CreateCouncilModal opened={opened} onClose={modal.close} onCreated={onOpen} />
      )}
    </>
  );
}
