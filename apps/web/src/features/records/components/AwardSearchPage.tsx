import { Badge, Button, Group, Loader, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useCallback, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { t, ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import { formatDate, formatMoney, formatNumber, formatTotal } from '../../../lib/format';
import { awardsExportUrl } from '../api/export-awards';
import type { AwardHit, AwardSearch } from '../api/records.types';
import { AWARD_PAGE_SIZE, useAwardSearch } from '../api/search-awards';
import { AwardSearchFilters } from './AwardSearchFilters';

const s = ui.records.search;

/** "Tra cứu khen thưởng": the award history in the user's scope, paginated on the server. */
export function AwardSearchPage() {
  const awardName = useAwardName();
  const navigate = useNavigate();
  const [search, setSearch] = useState<AwardSearch>({ page: 1, pageSize: AWARD_PAGE_SIZE });
  const onChange = useCallback((next: AwardSearch) => setSearch(next), []);
  const { data, error, isFetching } = useAwardSearch(search);
  const [typing, setTyping] = useState(false);
  // Rows are shown only when they answer the filters on screen: not while typed text waits for
  // its debounce, and not while the new query runs (no placeholder from the previous one).
  const loading = typing || (isFetching && !data);
  const rows = loading ? [] : (data?.items ?? []);
  // People and units have pages; teams and households are shown under their unit.
  const open = (row: AwardHit) =>
    row.subjectType === 'PERSON'
      ? navigate({ to: '/ca-nhan/$personId', params: { personId: row.subjectId } })
      : navigate({ to: '/don-vi/$unitId', params: { unitId: row.unitId } });
  return (
    <>
      <PageHeader
        title={s.title}
        subtitle={data && !loading ? t(s.total, { count: formatTotal(data) }) : s.subtitle}
        actions={
          <Button
            component="a"
            href={awardsExportUrl(search)}
            download
            variant="default"
            leftSection={<IconDownload size={16} />}
            data-testid="award-search-export"
          >
            {s.export}
          </Button>
        }
      />
      <AwardSearchFilters search={search} onChange={onChange} onPending={setTyping} />
      {(loading || isFetching) && (
        <Group gap="xs" mb="xs" role="status" data-testid="award-search-loading">
          <Loader size="xs" />
          <Text size="sm" c="dimmed">
            {s.loading}
          </Text>
        </Group>
      )}
      {error ? <ErrorAlert error={error} /> : null}
      <DataTable<AwardHit>
        withTableBorder
        borderRadius="md"
        minHeight={160}
        fetching={loading || isFetching}
        records={rows}
        totalRecords={loading ? 0 : (data?.total ?? 0)}
        recordsPerPage={search.pageSize ?? AWARD_PAGE_SIZE}
        page={search.page ?? 1}
        onPageChange={(page) => setSearch({ ...search, page })}
        paginationText={({ from, to, totalRecords }) =>
          t(s.pagination, { from, to, total: formatNumber(totalRecords) })
        }
        noRecordsText={loading ? s.loading : s.empty}
        onRowClick={({ record }) => open(record)}
        customRowAttributes={() => ({ 'data-testid': 'award-search-row' })}
        columns={[
          {
            accessor: 'subjectName',
            title: s.colSubject,
            render: (row) => (
              <Text size="sm" fw={500} data-testid="award-search-name">
                {row.subjectName}{' '}
                {row.subjectType !== 'PERSON' && (
                  <Badge size="xs" variant="light" tt="none">
                    {row.subjectType === 'HOUSEHOLD' ? s.household : s.collective}
                  </Badge>
                )}
              </Text>
            ),
          },
          { accessor: 'unitName', title: s.colUnit },
          {
            accessor: 'awardCode',
            title: s.colAward,
            render: (row) => (
              <Text size="sm" td={row.isRevoked ? 'line-through' : undefined}>
                {awardName(row.awardCode)}{' '}
                {row.isRevoked && (
                  <Badge size="xs" color="red" variant="light" tt="none">
                    {ui.timeline.revoked}
                  </Badge>
                )}
              </Text>
            ),
          },
          { accessor: 'kind', title: s.colKind, render: (row) => ui.records.kinds[row.kind] ?? row.kind },
          {
            accessor: 'year',
            title: s.colYear,
            render: (row) =>
              row.periodStartYear && row.periodStartYear !== row.year
                ? `${row.periodStartYear}–${row.year}`
                : row.year,
          },
          {
            accessor: 'decisionNumber',
            title: s.colDecision,
            render: (row) =>
              row.decisionNumber ? `${row.decisionNumber} (${formatDate(row.decisionDate)})` : ui.app.none,
          },
          {
            accessor: 'amountVnd',
            title: s.colAmount,
            textAlign: 'right',
            render: (row) => formatMoney(row.amountVnd),
          },
        ]}
      />
    </>
  );
}
