import { Badge, Button, Loader } from '@mantine/core';
import { COMPLAINT_KIND_LABELS } from '@vinhdanh/domain/complaints/time-limits';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { type Complaint, useComplaints } from '../api/complaints';
import { PaperComplaintModal } from './PaperComplaintModal';

const c = ui.complaints;

/** The step's deadline: classification until accepted, then the resolution's. */
export const dueOf = (r: Complaint) =>
  r.state === 'CONCLUDED' || r.state === 'TRANSFERRED' ? null : (r.resolutionDueOn ?? r.classificationDueOn);

/** "Khiếu nại, tố cáo": the cases in the handler's scope, newest first; none shows the filer. */
export function ComplaintsPage() {
  const list = useComplaints();
  const [paper, setPaper] = useState(false);
  return (
    <>
      <PageHeader
        title={c.title}
        subtitle={c.subtitle}
        actions={
          <Button onClick={() => setPaper(true)} data-testid="paper-complaint-open">
            {c.paper.open}
          </Button>
        }
      />
      <PaperComplaintModal opened={paper} onClose={() => setPaper(false)} />
      {list.error && <ErrorAlert error={list.error} />}
      {list.isPending ? (
        <Loader />
      ) : (
        <DataTable<Complaint>
          data-testid="complaint-list"
          withTableBorder
          minHeight={120}
          noRecordsText={c.empty}
          records={list.data?.items ?? []}
          customRowAttributes={(r) => ({ 'data-testid': 'complaint-row', 'data-code': r.trackingCode })}
          columns={[
            {
              accessor: 'trackingCode',
              title: c.colCode,
              render: (r) => (
                <RouterAnchor to="/khieu-nai-to-cao/$complaintId" params={{ complaintId: r.id }}>
                  {r.trackingCode}
                </RouterAnchor>
              ),
            },
            { accessor: 'kind', title: c.colKind, render: (r) => COMPLAINT_KIND_LABELS[r.kind ?? r.filedAs] },
            { accessor: 'subjectName', title: c.colSubject },
            { accessor: 'unitName', title: c.colUnit },
            { accessor: 'receivedOn', title: c.colReceived, render: (r) => formatDate(r.receivedOn) },
            {
              accessor: 'state',
              title: c.colState,
              render: (r) => <Badge variant="light">{r.stateLabel}</Badge>,
            },
            { accessor: 'due', title: c.colDue, render: (r) => formatDate(dueOf(r)) },
          ]}
        />
      )}
    </>
  );
}
