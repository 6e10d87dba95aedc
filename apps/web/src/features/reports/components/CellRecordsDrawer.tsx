import { Drawer, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatNumber } from '../../../lib/format';
import { type CellSearch, useCellRecords } from '../api/get-cell-records';
import type { FormSearch } from '../api/reports.types';
import { AwardRecordsTable } from './AwardRecordsTable';

const r = ui.reports.records;

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
      <AwardRecordsTable
        records={data?.items}
        total={data?.total}
        page={page}
        onPageChange={setPage}
        fetching={isFetching}
        rowTestId="cell-record"
        withKind
      />
    </Drawer>
  );
}
