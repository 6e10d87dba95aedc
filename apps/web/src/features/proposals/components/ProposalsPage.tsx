import { Badge, Tabs } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterButton } from '../../../components/RouterButton';
import { ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useCan } from '../../../lib/session/use-can';
import { type ProposalListKind, useProposalList } from '../api/list-proposals';
import type { ProposalSummary } from '../api/proposal.types';

const p = ui.proposals;

function ProposalTable({ kind, onOpen }: { kind: ProposalListKind; onOpen: (id: string) => void }) {
  const [page, setPage] = useState(1);
  const { data, error, isFetching } = useProposalList(kind, page);
  if (error) return <ErrorAlert error={error} />;
  return (
    <DataTable<ProposalSummary>
      data-testid={`proposal-table-${kind}`}
      withTableBorder
      striped
      highlightOnHover
      minHeight={160}
      fetching={isFetching}
      records={data?.items ?? []}
      totalRecords={data?.total ?? 0}
      recordsPerPage={20}
      page={page}
      onPageChange={setPage}
      noRecordsText={p.empty}
      onRowClick={({ record }) => onOpen(record.id)}
      customRowAttributes={(r) => ({ 'data-testid': 'proposal-row', 'data-proposal-id': r.id })}
      columns={[
        { accessor: 'title', title: p.colTitle },
        { accessor: 'submittingUnitName', title: p.colUnit },
        { accessor: 'year', title: p.colYear, width: 70 },
        {
          accessor: 'stateLabel',
          title: p.colState,
          render: (r) => <Badge variant="light">{r.stateLabel}</Badge>,
        },
        {
          accessor: 'dueOn',
          title: p.colDue,
          render: (r) =>
            r.isOverdue ? (
              <Badge color="red" data-testid="proposal-overdue">
                {p.overdue} · {formatDate(r.dueOn)}
              </Badge>
            ) : (
              formatDate(r.dueOn)
            ),
        },
      ]}
    />
  );
}

/** "Hồ sơ đề nghị": all visible proposals, the user's queue, and the overdue ones. */
export function ProposalsPage({ onOpen }: { onOpen: (id: string) => void }) {
  const can = useCan();
  return (
    <>
      <PageHeader
        title={p.title}
        subtitle={p.subtitle}
        actions={
          can('proposal:submit') && (
            <RouterButton to="/ho-so-de-nghi/moi" data-testid="proposal-create">
              {p.create}
            </RouterButton>
          )
        }
      />
      <Tabs defaultValue="queue" keepMounted={false}>
        <Tabs.List mb="sm">
          <Tabs.Tab value="queue" data-testid="proposal-tab-queue">
            {p.tabQueue}
          </Tabs.Tab>
          <Tabs.Tab value="all" data-testid="proposal-tab-all">
            {p.tabAll}
          </Tabs.Tab>
          <Tabs.Tab value="overdue" data-testid="proposal-tab-overdue">
            {p.tabOverdue}
          </Tabs.Tab>
        </Tabs.List>
        {(['queue', 'all', 'overdue'] as const).map((k) => (
          <Tabs.Panel key={k} value={k}>
            <ProposalTable kind={k} onOpen={onOpen} />
          </Tabs.Panel>
        ))}
      </Tabs>
    </>
  );
}
