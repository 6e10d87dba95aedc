import { Badge, Loader } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { formatDateTime } from '../../../lib/format';
import { type IncomingDossierSummary, useIncomingDossiers } from '../api/incoming-dossiers';

const x = ui.exchange;

export const STATUS_COLORS: Record<string, string> = {
  RECEIVED: 'blue',
  RETURNED: 'orange',
  APPROVED: 'teal',
  DECIDED: 'green',
};

/** "Hồ sơ cấp dưới gửi lên": one row per package (a resent version updates its row). */
export function IncomingDossiersPage() {
  const list = useIncomingDossiers();
  return (
    <>
      <PageHeader title={x.title} subtitle={x.subtitle} />
      {list.error && <ErrorAlert error={list.error} />}
      {list.isPending ? (
        <Loader />
      ) : (
        <DataTable<IncomingDossierSummary>
          data-testid="incoming-dossier-list"
          withTableBorder
          minHeight={120}
          noRecordsText={x.empty}
          records={list.data?.items ?? []}
          customRowAttributes={(r) => ({
            'data-testid': 'incoming-dossier-row',
            'data-title': r.title,
            'data-status': r.status,
          })}
          columns={[
            {
              accessor: 'title',
              title: x.col.title,
              render: (r) => (
                <RouterAnchor to="/ho-so-cap-duoi-gui-len/$dossierId" params={{ dossierId: r.id }}>
                  {r.title}
                </RouterAnchor>
              ),
            },
            { accessor: 'senderName', title: x.col.sender },
            { accessor: 'year', title: x.col.year },
            { accessor: 'itemCount', title: x.col.items, textAlign: 'right' },
            { accessor: 'version', title: x.col.version, textAlign: 'right' },
            { accessor: 'receivedAt', title: x.col.receivedAt, render: (r) => formatDateTime(r.receivedAt) },
            {
              accessor: 'status',
              title: x.col.status,
              render: (r) => (
                <Badge variant="light" color={STATUS_COLORS[r.status]}>
                  {x.status[r.status] ?? r.status}
                </Badge>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
