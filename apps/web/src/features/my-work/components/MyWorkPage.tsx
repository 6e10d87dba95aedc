import { Anchor, Badge, Chip, Group, Paper, Stack, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { WORK_KIND_LABELS } from '@vinhdanh/domain/workflow/my-work';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ui } from '../../../i18n/ui';
import { formatDate, formatNumber } from '../../../lib/format';
import { useMyWork, type WorkItem } from '../api/get-my-work';
import { deadlineText } from '../lib/deadline-text';

const m = ui.myWork;

/** The deadline cell: the date, and the days left or late as the deadline's rule counts them. */
export function DeadlineCell({ item }: { item: WorkItem }) {
  if (!item.dueOn)
    return (
      <Text size="sm" c="dimmed">
        {m.noDeadline}
      </Text>
    );
  return (
    <Stack gap={2}>
      <Text size="sm">{formatDate(item.dueOn)}</Text>
      <Badge
        size="sm"
        variant={item.isOverdue ? 'filled' : 'light'}
        color={item.isOverdue ? 'red' : (item.daysLeft ?? 99) <= 2 ? 'orange' : 'gray'}
        data-testid={item.isOverdue ? 'my-work-overdue' : 'my-work-left'}
      >
        {deadlineText(item)}
      </Badge>
    </Stack>
  );
}

/** "Việc chờ tôi xử lý": every item waiting for the user, filterable by kind. */
export function MyWorkPage() {
  const { data, error, isFetching } = useMyWork();
  const navigate = useNavigate();
  const [kind, setKind] = useState<string>('ALL');
  if (error) return <ErrorAlert error={error} />;
  const items = (data?.items ?? []).filter((i) => kind === 'ALL' || i.kind === kind);
  const open = (item: WorkItem) => {
    if (item.link) navigate({ href: item.link });
  };
  return (
    <>
      <PageHeader title={m.title} subtitle={m.subtitle} />
      <Paper withBorder p="md" mb="md">
        <Group gap="xl" mb="sm">
          <Stack gap={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {m.total}
            </Text>
            <Text fw={700} size="xl" data-testid="my-work-total">
              {data ? formatNumber(data.total) : '…'}
            </Text>
          </Stack>
          <Stack gap={0}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {m.overdue}
            </Text>
            <Text
              fw={700}
              size="xl"
              c={data?.overdue ? 'red' : undefined}
              data-testid="my-work-overdue-total"
            >
              {data ? formatNumber(data.overdue) : '…'}
            </Text>
          </Stack>
        </Group>
        <Chip.Group multiple={false} value={kind} onChange={(v) => setKind(v)}>
          <Group gap="xs">
            <Chip value="ALL" data-testid="my-work-filter-ALL">
              {m.all}
            </Chip>
            {(data?.counts ?? []).map((c) => (
              <Chip key={c.kind} value={c.kind} data-testid={`my-work-filter-${c.kind}`}>
                {WORK_KIND_LABELS[c.kind]}{' '}
                <Badge size="sm" circle={c.n < 10} ml={4} data-testid={`my-work-count-${c.kind}`}>
                  {formatNumber(c.n)}
                </Badge>
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </Paper>
      <DataTable<WorkItem>
        data-testid="my-work-table"
        withTableBorder
        striped
        highlightOnHover
        minHeight={160}
        fetching={isFetching && !data}
        records={items}
        idAccessor="key"
        noRecordsText={m.empty}
        onRowClick={({ record }) => open(record)}
        customRowAttributes={(r) => ({
          'data-testid': 'my-work-item',
          'data-kind': r.kind,
          'data-ref-id': r.refId,
          'data-overdue': String(r.isOverdue),
        })}
        columns={[
          {
            accessor: 'kind',
            title: m.colKind,
            render: (r) => (
              <Stack gap={2}>
                <Text size="sm" fw={600}>
                  {WORK_KIND_LABELS[r.kind]}
                </Text>
                {r.detail && (
                  <Text size="xs" c="dimmed">
                    {r.detail}
                  </Text>
                )}
              </Stack>
            ),
          },
          {
            accessor: 'title',
            title: m.colTitle,
            render: (r) =>
              r.link ? (
                <Anchor
                  href={r.link}
                  size="sm"
                  data-testid="my-work-open"
                  onClick={(event) => {
                    event.preventDefault();
                    event.stopPropagation();
                    open(r);
                  }}
                >
                  {r.title}
                </Anchor>
              ) : (
                <Stack gap={0}>
                  <Text size="sm">{r.title}</Text>
                  <Text size="xs" c="dimmed">
                    {m.noPage}
                  </Text>
                </Stack>
              ),
          },
          { accessor: 'unitName', title: m.colUnit, render: (r) => r.unitName ?? ui.app.none },
          { accessor: 'dueOn', title: m.colDue, render: (r) => <DeadlineCell item={r} /> },
        ]}
      />
    </>
  );
}
