import { Drawer, Text } from '@mantine/core';
import { AWARD_NAMES } from '@vinhdanh/domain/rules/names';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, vi } from '../../../i18n/vi';
import { formatDate, formatNumber } from '../../../lib/format';
import { type CellSearch, useCellRecords } from '../api/get-cell-records';
import type { FormSearch } from '../api/reports.types';

const r = vi.reports.records;
const awardName = (code: string) => AWARD_NAMES[code as keyof typeof AWARD_NAMES]?.name ?? code;

type Props = { search: FormSearch; cell: { row: string; column: string } | null; onClose: () => void };

/** The awards or movements behind one figure, the same filters the count used. */
export function CellRecordsDrawer({ search, cell, onClose }: Props) {
  const [page, setPage] = useState(1);
  const query: CellSearch | null = cell ? { ...search, ...cell, page } : null;
  const { data, error, isFetching } = useCellRecords(query);
  return (
    <Drawer opened={cell !== null} onClose={onClose} position="right" size="xl" title={r.title}>
      {error && <ErrorAlert error={error} />}
      {data && (
        <Text size="sm" mb="sm" data-testid="cell-records-caption">
          {t(r.cell, { row: data.rowLabel, column: data.columnLabel })} —{' '}
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
        customRowAttributes={() => ({ 'data-testid': 'cell-record' })}
        columns={[
          { accessor: 'name', title: r.name },
          { accessor: 'unitName', title: r.unit },
          {
            accessor: 'code',
            title: r.code,
            render: (x) => (x.kind === 'AWARD' ? awardName(x.code) : vi.reports.forms.options['0601']),
          },
          {
            accessor: 'awardKind',
            title: r.kind,
            render: (x) => (x.awardKind ? (vi.records.kinds[x.awardKind] ?? x.awardKind) : ''),
          },
          {
            accessor: 'decisionNumber',
            title: r.decision,
            render: (x) => [x.decisionNumber, formatDate(x.decisionDate)].filter(Boolean).join(' — '),
          },
        ]}
      />
    </Drawer>
  );
}
