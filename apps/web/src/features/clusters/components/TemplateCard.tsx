import { ActionIcon, Button, Card, Group, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { useSaveTemplate } from '../api/cluster-commands';
import type { ClusterDetail, Criterion } from '../api/clusters.types';

const tp = ui.emulation.template;
type Draft = Omit<Criterion, 'id'>;
const blank = (n: number): Draft => ({
  groupName: 'I',
  code: String(n),
  name: '',
  kind: 'STANDARD',
  maxPoints: 10,
});
const kindOptions = (Object.keys(tp.kinds) as Criterion['kind'][]).map((value) => ({
  value,
  label: tp.kinds[value],
}));

export function TemplateCard({ cluster }: { cluster: ClusterDetail }) {
  const save = useSaveTemplate(cluster.id);
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState(cluster.template?.name ?? `${tp.title} ${cluster.year}`);
  const [rows, setRows] = useState<Draft[]>(
    cluster.template?.criteria.map(({ id: _id, ...r }) => r) ?? [blank(1)],
  );
  const update = (i: number, patch: Partial<Draft>) =>
    setRows((rs) => rs.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const canEdit = cluster.allowedActions.manage;
  const tpl = cluster.template;
  return (
    <Card withBorder data-testid="cluster-template">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{tp.title}</Title>
        {canEdit && !editing && (
          <Button size="xs" variant="light" onClick={() => setEditing(true)} data-testid="template-edit">
            {tp.edit}
          </Button>
        )}
      </Group>
      {save.error && <ErrorAlert error={save.error} />}
      {editing ? (
        <Stack>
          <TextInput label={tp.name} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          {rows.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
            <Group key={i} align="flex-end" wrap="nowrap" data-testid="template-row">
              <TextInput
                label={tp.group}
                value={r.groupName}
                onChange={(e) => update(i, { groupName: e.currentTarget.value })}
                w={90}
              />
              <TextInput
                label={tp.code}
                value={r.code}
                onChange={(e) => update(i, { code: e.currentTarget.value })}
                w={70}
              />
              <TextInput
                label={tp.criterion}
                value={r.name}
                onChange={(e) => update(i, { name: e.currentTarget.value })}
                style={{ flex: 1 }}
                data-testid="template-criterion-name"
              />
              <Select
                label={tp.kind}
                data={kindOptions}
                value={r.kind}
                onChange={(v) => v && update(i, { kind: v as Draft['kind'] })}
                w={150}
                allowDeselect={false}
              />
              <VnNumberInput
                label={tp.maxPoints}
                value={r.maxPoints}
                min={0}
                decimals={2}
                onChange={(v) => update(i, { maxPoints: v === '' ? Number.NaN : v })}
                w={100}
                data-testid="template-criterion-max"
              />
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={ui.app.close}
                onClick={() => setRows((rs) => rs.filter((_, j) => j !== i))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={14} />}
              onClick={() => setRows((rs) => [...rs, blank(rs.length + 1)])}
              data-testid="template-add"
            >
              {tp.addCriterion}
            </Button>
            <Button
              loading={save.isPending}
              disabled={rows.some((r) => Number.isNaN(r.maxPoints))}
              onClick={() => save.mutate({ name, criteria: rows }, { onSuccess: () => setEditing(false) })}
              data-testid="template-save"
            >
              {tp.save}
            </Button>
          </Group>
        </Stack>
      ) : !tpl ? (
        <Text c="dimmed">{tp.none}</Text>
      ) : (
        <>
          <Text size="sm" mb={4}>
            {tpl.name} · {t(tp.maxTotal, { points: tpl.maxTotal })}
          </Text>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{tp.group}</Table.Th>
                <Table.Th>{tp.code}</Table.Th>
                <Table.Th>{tp.criterion}</Table.Th>
                <Table.Th>{tp.kind}</Table.Th>
                <Table.Th>{tp.maxPoints}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tpl.criteria.map((cr) => (
                <Table.Tr key={cr.id}>
                  <Table.Td>{cr.groupName}</Table.Td>
                  <Table.Td>{cr.code}</Table.Td>
                  <Table.Td>{cr.name}</Table.Td>
                  <Table.Td>{tp.kinds[cr.kind]}</Table.Td>
                  <Table.Td>{cr.maxPoints}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Card>
  );
}
