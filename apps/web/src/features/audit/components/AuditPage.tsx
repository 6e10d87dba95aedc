import { Button, Center, Code, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ui } from '../../../i18n/ui';
import { formatDateTime } from '../../../lib/format';
import { type AuditEvent, useAuditEvents } from '../api/list-audit-events';

function Json({ label, value }: { label: string; value: unknown }) {
  return (
    <Stack gap={4}>
      <Text size="xs" fw={600} c="dimmed">
        {label}
      </Text>
      <Code block>
        {value === null || value === undefined ? ui.app.none : JSON.stringify(value, null, 2)}
      </Code>
    </Stack>
  );
}

export function AuditPage() {
  const { data, error, isLoading, fetchNextPage, hasNextPage, isFetchingNextPage } = useAuditEvents();
  const events = data?.pages.flatMap((page) => page.items) ?? [];
  const a = ui.audit;
  return (
    <>
      <PageHeader title={a.title} subtitle={a.subtitle} />
      {error && <ErrorAlert error={error} />}
      <DataTable<AuditEvent>
        withTableBorder
        borderRadius="md"
        striped
        minHeight={200}
        fetching={isLoading}
        records={events}
        idAccessor="id"
        noRecordsText={a.empty}
        customRowAttributes={() => ({ 'data-testid': 'audit-row' })}
        rowExpansion={{
          allowMultiple: true,
          content: ({ record }) => (
            <SimpleGrid cols={2} p="sm">
              <Json label={a.before} value={record.before} />
              <Json label={a.after} value={record.after} />
            </SimpleGrid>
          ),
        }}
        columns={[
          { accessor: 'seq', title: a.seq, width: 100, render: (e) => `${e.shard} · ${e.seq}` },
          { accessor: 'at', title: a.at, render: (e) => formatDateTime(e.at) },
          { accessor: 'action', title: a.action, render: (e) => <Code>{e.action}</Code> },
          {
            accessor: 'entityType',
            title: a.entity,
            render: (e) => (
              <Group gap={6} wrap="nowrap">
                <Text size="sm">{e.entityType}</Text>
                {e.entityId && (
                  <Text size="xs" c="dimmed" ff="monospace">
                    {e.entityId.slice(-8)}
                  </Text>
                )}
              </Group>
            ),
          },
          {
            accessor: 'actorId',
            title: a.actor,
            render: (e) => (
              <Text size="xs" ff="monospace">
                {e.actorId ? e.actorId.slice(-8) : a.system}
              </Text>
            ),
          },
        ]}
      />
      {hasNextPage && (
        <Center mt="md">
          <Button variant="default" onClick={() => fetchNextPage()} loading={isFetchingNextPage}>
            {a.loadMore}
          </Button>
        </Center>
      )}
    </>
  );
}
