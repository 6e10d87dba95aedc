import { Drawer, Text } from '@mantine/core';
import { AWARD_NAMES } from '@vinhdanh/domain/rules/names';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, vi } from '../../../i18n/vi';
import { formatDate, formatNumber } from '../../../lib/format';
import { type FairnessSearch, useFairnessRecords } from '../api/fairness';

const r = vi.reports.records;
const awardName = (code: string) => AWARD_NAMES[code as keyof typeof AWARD_NAMES]?.name ?? code;

type Props = {
  search: FairnessSearch;
  open: { indicator: string; level?: string | undefined } | null;
  onClose: () => void;
};

/** The awards behind a share; the server checks the sensitive-reveal permission and audits the opening. */
export function FairnessRecordsDrawer({ search, open, onClose }: Props) {
  const [page, setPage] = useState(1);
  const { data, error, isFetching } = useFairnessRecords(open ? { ...search, ...open, page } : null);
  return (
    <Drawer
      opened={open !== null}
      onClose={onClose}
      position="right"
      size="xl"
      title={vi.reports.fairness.recordsTitle}
    >
      {error && <ErrorAlert error={error} />}
      {data && (
        <Text size="sm" mb="sm" data-testid="fairness-records-caption">
          {t(r.total, { n: formatNumber(data.total) })}
        </Text>
      )}
      <DataTable
        withTableBorder
        striped
        minHeight={160}
        fetching={isFetching}
        records={data?.items ?? []}
        totalRecords={data?.total ?? 0}
        recordsPerPage={50}
        page={page}
        onPageChange={setPage}
        noRecordsText={r.empty}
        customRowAttributes={() => ({ 'data-testid': 'fairness-record' })}
        columns={[
          { accessor: 'name', title: r.name },
          { accessor: 'unitName', title: r.unit },
          { accessor: 'code', title: r.code, render: (x) => awardName(x.code) },
          {
            accessor: 'decisionDate',
            title: r.decision,
            render: (x) => [x.decisionNumber, formatDate(x.decisionDate)].filter(Boolean).join(' — '),
          },
        ]}
      />
    </Drawer>
  );
}
