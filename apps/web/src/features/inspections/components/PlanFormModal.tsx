import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { REFUSED_DATE } from '../../../lib/dates';
import { useMe } from '../../../lib/session/get-me';
import { type InspectionPlan, useCreatePlan, useUpdatePlan } from '../api/inspections';

const t = ui.inspections;
type Row = { unitId: string | null; startsOn: string | null; endsOn: string | null };

const yearsAround = (year: number) => [year - 1, year, year + 1].map(String);

const complete = (rows: Row[]) =>
  rows.length > 0 &&
  rows.every(
    (r) => r.unitId && r.startsOn && r.endsOn && r.startsOn !== REFUSED_DATE && r.endsOn !== REFUSED_DATE,
  );

/** Creates a plan (the inspecting unit, the year, the units and dates), or edits one. */
export function PlanFormModal({
  opened,
  onClose,
  plan,
  onSaved,
}: {
  opened: boolean;
  onClose: () => void;
  plan?: InspectionPlan;
  onSaved?: (id: string) => void;
}) {
  const me = useMe();
  const thisYear = new Date().getFullYear();
  const [owner, setOwner] = useState<string | null>(plan?.unitId ?? me.data?.user.scopeUnitId ?? null);
  const [year, setYear] = useState<string>(String(plan?.year ?? thisYear));
  const [title, setTitle] = useState(plan?.title ?? '');
  const [basis, setBasis] = useState(plan?.basis ?? '');
  const [rows, setRows] = useState<Row[]>(
    plan?.units.map((u) => ({ unitId: u.unitId, startsOn: u.startsOn, endsOn: u.endsOn })) ?? [
      { unitId: null, startsOn: null, endsOn: null },
    ],
  );
  const [missing, setMissing] = useState(false);
  const create = useCreatePlan();
  const update = useUpdatePlan(plan?.id ?? '');
  const saving = create.isPending || update.isPending;
  const error = create.error ?? update.error;

  const setRow = (i: number, patch: Partial<Row>) =>
    setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));

  const save = async () => {
    if (!owner || title.trim().length < 5 || !complete(rows)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    const units = rows.map((r) => ({
      unitId: r.unitId as string,
      startsOn: r.startsOn as string,
      endsOn: r.endsOn as string,
    }));
    const body = { title: title.trim(), basis: basis.trim() || undefined, units };
    const saved = plan
      ? await update.mutateAsync({ ...body, version: plan.version })
      : await create.mutateAsync({ ...body, unitId: owner, year: Number(year) });
    onSaved?.(saved.id);
    onClose();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={plan ? t.form.editTitle : t.form.title} size="xl">
      <Stack data-testid="inspection-plan-form">
        {!plan && (
          <Group grow align="flex-start">
            <UnitSelect label={t.form.owner} value={owner} onChange={setOwner} required />
            <Select
              label={t.year}
              data={yearsAround(thisYear)}
              value={year}
              onChange={(v) => setYear(v ?? String(thisYear))}
              allowDeselect={false}
              data-testid="plan-year"
            />
          </Group>
        )}
        <TextInput
          label={t.form.planTitle}
          value={title}
          onChange={(e) => setTitle(e.currentTarget.value)}
          required
          data-testid="plan-title"
        />
        <Textarea
          label={t.form.basis}
          value={basis}
          onChange={(e) => setBasis(e.currentTarget.value)}
          autosize
        />
        <Text fw={600} size="sm">
          {t.form.units}
        </Text>
        {rows.map((r, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows have no id until saved
          <Group key={i} align="flex-end" grow data-testid="plan-unit-row">
            <UnitSelect
              label={t.form.unit}
              value={r.unitId}
              onChange={(v) => setRow(i, { unitId: v })}
              data-testid="plan-unit"
            />
            <VnDateInput
              label={t.form.startsOn}
              value={r.startsOn}
              onChange={(v) => setRow(i, { startsOn: v })}
              data-testid="plan-unit-start"
            />
            <VnDateInput
              label={t.form.endsOn}
              value={r.endsOn}
              minDate={r.startsOn && r.startsOn !== REFUSED_DATE ? r.startsOn : undefined}
              onChange={(v) => setRow(i, { endsOn: v })}
              data-testid="plan-unit-end"
            />
            <Button
              variant="subtle"
              color="red"
              disabled={rows.length === 1}
              onClick={() => setRows((all) => all.filter((_, j) => j !== i))}
            >
              {t.form.removeUnit}
            </Button>
          </Group>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() => setRows((all) => [...all, { unitId: null, startsOn: null, endsOn: null }])}
          >
            {t.form.addUnit}
          </Button>
        </Group>
        {missing && (
          <Text c="red" size="sm">
            {t.form.missing}
          </Text>
        )}
        {error && <ErrorAlert error={error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {ui.app.cancel}
          </Button>
          <Button onClick={save} loading={saving} data-testid="plan-save">
            {t.form.submit}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
