import { Button, Card, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { isRefusedDate, todayIso } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { useElectLeadership } from '../api/cluster-commands';
import type { ClusterDetail } from '../api/clusters.types';

const c = ui.emulation.clusters;
type Values = {
  termYear: number | string;
  headUnitId: string | null;
  deputyUnitId: string | null;
  electedOn: string | null;
};

/** Current head and deputy, the term history, and (for the organiser) recording the year's rotation. */
export function LeadershipCard({ cluster }: { cluster: ClusterDetail }) {
  const elect = useElectLeadership(cluster.id);
  const [pending, setPending] = useState<Values | null>(null);
  const nameOf = (id: string | null) => cluster.members.find((m) => m.id === id)?.name;
  const options = cluster.members.map((m) => ({ value: m.id, label: m.name }));
  const form = useForm<Values>({
    initialValues: {
      termYear: cluster.year,
      headUnitId: cluster.headUnitId,
      deputyUnitId: cluster.deputyUnitId,
      electedOn: todayIso(),
    },
    validate: {
      termYear: (v) =>
        Number.isInteger(v) && Number(v) >= 2000 && Number(v) <= 2100 ? null : c.termRequired,
      headUnitId: (v) => (v ? null : c.headRequired),
      deputyUnitId: (v, all) => (v && v === all.headUnitId ? c.sameHeadDeputy : null),
      electedOn: (v) => (v && !isRefusedDate(v) ? null : c.dateRequired),
    },
  });
  const confirm = () => {
    if (!pending) return;
    elect.mutate(
      {
        version: cluster.version,
        termYear: Number(pending.termYear),
        headUnitId: pending.headUnitId ?? '',
        deputyUnitId: pending.deputyUnitId || null,
        electedOn: pending.electedOn ?? '',
      },
      {
        onSuccess: () => notifications.show({ color: 'green', message: c.elected }),
        onSettled: () => setPending(null),
      },
    );
  };
  return (
    <Card withBorder data-testid="cluster-leadership">
      <Title order={4} mb="xs">
        {c.currentLeadership}
      </Title>
      <Text size="sm" data-testid="cluster-current-head">
        <b>{c.head}:</b> {cluster.headUnitId ? nameOf(cluster.headUnitId) : c.noHead}
      </Text>
      <Text size="sm" mb="sm" data-testid="cluster-current-deputy">
        <b>{c.deputy}:</b> {cluster.deputyUnitId ? nameOf(cluster.deputyUnitId) : c.noDeputy}
      </Text>
      {cluster.allowedActions.manage && (
        <form onSubmit={form.onSubmit(setPending)} data-testid="cluster-elect-form" noValidate>
          <Stack gap="xs" mb="sm">
            {elect.error && <ErrorAlert error={elect.error} />}
            <Group grow align="flex-start">
              <VnNumberInput
                label={c.term}
                withAsterisk
                min={2000}
                max={2100}
                {...form.getInputProps('termYear')}
              />
              <VnDateInput label={c.electedOn} withAsterisk {...form.getInputProps('electedOn')} />
            </Group>
            <Select
              label={c.head}
              data={options}
              searchable
              withAsterisk
              data-testid="elect-head"
              {...form.getInputProps('headUnitId')}
            />
            <Select
              label={c.deputy}
              data={options}
              searchable
              clearable
              data-testid="elect-deputy"
              {...form.getInputProps('deputyUnitId')}
            />
            <Group justify="flex-end">
              <Button type="submit" size="xs" data-testid="elect-submit">
                {c.electSubmit}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Title order={5}>{c.leadership}</Title>
      <Table data-testid="cluster-leadership-history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{c.term}</Table.Th>
            <Table.Th>{c.head}</Table.Th>
            <Table.Th>{c.deputy}</Table.Th>
            <Table.Th>{c.electedOn}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cluster.leadership.map((l) => (
            <Table.Tr key={`${l.termYear}-${l.electedOn}-${l.headUnitName}`}>
              <Table.Td>{l.termYear}</Table.Td>
              <Table.Td>{l.headUnitName}</Table.Td>
              <Table.Td>{l.deputyUnitName ?? ui.app.none}</Table.Td>
              <Table.Td>{formatDate(l.electedOn)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ConfirmDialog
        opened={pending !== null}
        title={c.electConfirmTitle}
        text={t(c.electConfirm, {
          year: String(pending?.termYear ?? ''),
          head: nameOf(pending?.headUnitId ?? null) ?? '',
          deputy: nameOf(pending?.deputyUnitId ?? null) ?? ui.app.none,
        })}
        confirmLabel={c.electSubmit}
        loading={elect.isPending}
        testId="elect-confirm"
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </Card>
  );
}
