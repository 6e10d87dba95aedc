import { Button, Group, Modal, MultiSelect, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { currentYear } from '../../../lib/dates';
import { useUnitOptions } from '../../../lib/unit-options';
import { useCreateCluster } from '../api/cluster-commands';
import type { CreateClusterInput } from '../api/clusters.types';

const c = ui.emulation.clusters;
const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

export function CreateClusterModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const create = useCreateCluster();
  const navigate = useNavigate();
  const { data: units = [] } = useUnitOptions();
  const [form, setForm] = useState<CreateClusterInput>({
    year: currentYear(),
    name: '',
    kind: 'CUM',
    organiserLevel: 'TINH',
    organiserUnitId: '',
    memberUnitIds: [],
    tieBreak: 'CROSS_SCORE',
  });
  const set = <K extends keyof CreateClusterInput>(key: K, value: CreateClusterInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const unitOptions = units
    .filter((u) => u.status === 'ACTIVE')
    .map((u) => ({ value: u.id, label: u.label }));
  const memberOptions = unitOptions.filter((o) => form.memberUnitIds.includes(o.value));
  const submit = () =>
    // A refused or empty year (NaN) is not sent; the field says why.
    !Number.isNaN(form.year) &&
    create.mutate(form, {
      onSuccess: (cluster) => {
        notifications.show({ color: 'green', message: c.created });
        onClose();
        navigate({ to: '/cum-khoi/$clusterId', params: { clusterId: cluster.id } });
      },
    });
  return (
    <Modal opened={opened} onClose={onClose} title={c.create} size="lg">
      <Stack>
        {create.error && <ErrorAlert error={create.error} />}
        <TextInput
          label={c.name}
          required
          value={form.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          data-testid="cluster-name"
        />
        <Group grow>
          <VnNumberInput
            label={ui.emulation.year}
            min={2000}
            max={2100}
            required
            value={form.year}
            onChange={(v) => set('year', v === '' ? Number.NaN : v)}
          />
          <Select
            label={c.kind}
            data={options(c.kinds)}
            value={form.kind}
            onChange={(v) => v && set('kind', v as CreateClusterInput['kind'])}
            allowDeselect={false}
          />
          <Select
            label={c.organiserLevel}
            data={options(c.organiserLevels)}
            value={form.organiserLevel}
            onChange={(v) => v && set('organiserLevel', v as CreateClusterInput['organiserLevel'])}
            allowDeselect={false}
          />
        </Group>
        <UnitSelect
          label={c.organiser}
          required
          value={form.organiserUnitId || null}
          onChange={(v) => set('organiserUnitId', v ?? '')}
          data-testid="cluster-organiser"
        />
        <MultiSelect
          label={c.members}
          required
          searchable
          data={unitOptions}
          value={form.memberUnitIds}
          onChange={(v) => set('memberUnitIds', v)}
          data-testid="cluster-members"
        />
        <Group grow>
          <Select
            label={c.head}
            data={memberOptions}
            value={form.headUnitId ?? null}
            onChange={(v) => set('headUnitId', v)}
            data-testid="cluster-head"
          />
          <Select
            label={c.deputy}
            data={memberOptions}
            value={form.deputyUnitId ?? null}
            onChange={(v) => set('deputyUnitId', v)}
          />
        </Group>
        <Select
          label={c.tieBreak}
          data={options(ui.emulation.tieBreaks)}
          value={form.tieBreak ?? 'CROSS_SCORE'}
          onChange={(v) => v && set('tieBreak', v as CreateClusterInput['tieBreak'])}
          allowDeselect={false}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {ui.app.cancel}
          </Button>
          <Button onClick={submit} loading={create.isPending} data-testid="cluster-save">
            {ui.app.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
