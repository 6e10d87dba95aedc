import { Drawer, Text } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatNumber } from '../../../lib/format';
import { type FairnessSearch, useFairnessRecords } from '../api/fairness';
import { AwardRecordsTable } from './AwardRecordsTable';

const r = ui.reports.records;

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
      title={ui.reports.fairness.recordsTitle}
    >
      {error && <ErrorAlert error={error} />}
      {data && (
        <Text size="sm" mb="sm" data-testid="fairness-records-caption">
          {t(r.total, { n: formatNumber(data.total) })}
        </Text>
      )}
      <AwardRecordsTable
        records={data?.items}
        total={data?.total}
        page={page}
        onPageChange={setPage}
        fetching={isFetching}
        rowTestId="fairness-record"
      />
    </Drawer>
  );
}
