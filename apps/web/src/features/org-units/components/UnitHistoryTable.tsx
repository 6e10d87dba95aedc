import { Badge, Group, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import type { OrgUnitHistoryItem } from '../api/org-units.types';

const PAGE_SIZE = 15;

function codeLabel(item: OrgUnitHistoryItem, awardName: (code: string) => string): string {
  return item.kind === 'AWARD' ? awardName(item.code) : (ui.people.ratings[item.code] ?? item.code);
}

export function UnitHistoryTable({ items, isLoading }: { items: OrgUnitHistoryItem[]; isLoading: boolean }) {
  const [page, setPage] = useState(1);
  const awardName = useAwardName();
  const o = ui.orgUnits;
  return (
    <DataTable<OrgUnitHistoryItem>
      striped
      minHeight={items.length ? undefined : 150}
      fetching={isLoading}
      records={items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
      totalRecords={items.length}
      recordsPerPage={PAGE_SIZE}
      page={page}
      onPageChange={setPage}
      paginationText={({ from, to, totalRecords }) => `${from}–${to} / ${totalRecords}`}
      idAccessor={(r) => `${r.unitId}-${r.year}-${r.kind}-${r.code}-${r.decisionNumber ?? ''}`}
      noRecordsText={o.historyEmpty}
      customRowAttributes={(r) => ({
        'data-testid': 'org-unit-history-row',
        'data-predecessor': r.isPredecessor,
      })}
      columns={[
        { accessor: 'year', title: o.historyYear, width: 80 },
        {
          accessor: 'unitName',
          title: o.historyUnit,
          render: (r) => (
            <Group gap={6} wrap="nowrap">
              <Text size="sm">{r.unitName}</Text>
              {r.isPredecessor && (
                <Badge size="xs" variant="light" color="orange" tt="none" style={{ flexShrink: 0 }}>
                  {o.predecessorBadge}
                </Badge>
              )}
            </Group>
          ),
        },
        {
          accessor: 'kind',
          title: o.historyKind,
          render: (r) => (r.kind === 'AWARD' ? o.kindAward : o.kindRating),
        },
        { accessor: 'code', title: o.historyCode, render: (item) => codeLabel(item, awardName) },
        {
          accessor: 'decisionNumber',
          title: o.historyDecision,
          render: (r) => r.decisionNumber ?? ui.app.none,
        },
      ]}
    />
  );
}
