import { Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnDateInput } from '../../../components/VnDateInput';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { uiInputs } from '../../../i18n/ui-inputs';
import { currentYear, isRefusedDate } from '../../../lib/dates';
import { useCreateMovement } from '../api/movement-commands';
import type { CreateMovementInput } from '../api/movements.types';

const m = ui.emulation.movements;
const options = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));

type Props = { opened: boolean; onClose: () => void };

export function CreateMovementModal({ opened, onClose }: Props) {
  const create = useCreateMovement();
  const [form, setForm] = useState<CreateMovementInput>({
    form: 'THUONG_XUYEN',
    ownerUnitId: '',
    title: '',
    year: currentYear(),
    launchingAuthority: '',
    level: 'BO_TINH',
    scope: 'BO_BAN_NGANH_DOAN_THE_DIA_PHUONG',
    participation: 'TENANT',
  });
  const set = <K extends keyof CreateMovementInput>(key: K, value: CreateMovementInput[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const [yearMissing, setYearMissing] = useState(false);
  const submit = () => {
    // The fields show why they refused their text; nothing is sent until they accept it.
    if (Number.isNaN(form.year)) return setYearMissing(true);
    if (isRefusedDate(form.startDate) || isRefusedDate(form.endDate)) return;
    create.mutate(
      { ...form, startDate: form.startDate || null, endDate: form.endDate || null },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: m.created });
          onClose();
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={m.create} size="lg">
      <Stack>
        {create.error && <ErrorAlert error={create.error} />}
        <TextInput
          label={m.name}
          required
          value={form.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          data-testid="movement-title"
        />
        <TextInput
          label={m.theme}
          value={form.theme ?? ''}
          onChange={(e) => set('theme', e.currentTarget.value || null)}
        />
        <Group grow>
          <Select
            label={m.form}
            data={options(ui.emulation.forms)}
            value={form.form}
            onChange={(v) => v && set('form', v as CreateMovementInput['form'])}
            allowDeselect={false}
          />
          <VnNumberInput
            label={ui.emulation.year}
            min={2000}
            max={2100}
            required
            value={form.year}
            error={yearMissing ? uiInputs.number.required : undefined}
            onChange={(v) => {
              setYearMissing(false);
              set('year', v === '' ? Number.NaN : v);
            }}
            data-testid="movement-year"
          />
        </Group>
        <UnitSelect
          label={m.owner}
          required
          value={form.ownerUnitId || null}
          onChange={(v) => set('ownerUnitId', v ?? '')}
          data-testid="movement-owner"
        />
        <TextInput
          label={m.authority}
          required
          value={form.launchingAuthority}
          onChange={(e) => set('launchingAuthority', e.currentTarget.value)}
        />
        <Group grow>
          <Select
            label={m.level}
            data={options(ui.emulation.levels)}
            value={form.level}
            onChange={(v) => v && set('level', v as CreateMovementInput['level'])}
            allowDeselect={false}
          />
          <Select
            label={m.scope}
            data={options(ui.emulation.scopes)}
            value={form.scope}
            onChange={(v) => v && set('scope', v)}
            allowDeselect={false}
          />
        </Group>
        <Select
          label={m.participationMode}
          data={options(ui.emulation.participation).filter((o) => o.value !== 'LIST')}
          value={form.participation}
          onChange={(v) => v && set('participation', v as CreateMovementInput['participation'])}
          allowDeselect={false}
        />
        {form.participation === 'SUBTREE' && (
          <UnitSelect
            label={m.participationRoot}
            value={form.participationRootId ?? null}
            onChange={(v) => set('participationRootId', v)}
          />
        )}
        <Group grow>
          <VnDateInput
            label={m.start}
            clearable
            value={form.startDate}
            onChange={(v) => set('startDate', v)}
            data-testid="movement-start"
          />
          <VnDateInput
            label={m.end}
            clearable
            value={form.endDate}
            onChange={(v) => set('endDate', v)}
            data-testid="movement-end"
          />
        </Group>
        <Textarea
          label={m.goals}
          value={form.goals ?? ''}
          onChange={(e) => set('goals', e.currentTarget.value || null)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {ui.app.cancel}
          </Button>
          <Button onClick={submit} loading={create.isPending} data-testid="movement-save">
            {ui.app.save}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
