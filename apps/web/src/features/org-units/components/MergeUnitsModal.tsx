import { Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { vnDateRule } from '../../../lib/dates';
import { useOrgUnits } from '../api/list-org-units';
import { useMergeOrgUnits } from '../api/merge-org-units';
import type { OrgUnit } from '../api/org-units.types';

type Props = { successor: OrgUnit; opened: boolean; onClose: () => void };
type Values = { absorbedIds: string[]; effectiveDate: string | null; decisionRef: string };

const m = ui.orgUnits.merge;
const collator = new Intl.Collator('vi');

/** Merging is destructive (absorbed units are dissolved), so it asks for confirmation first. */
export function MergeUnitsModal({ successor, opened, onClose }: Props) {
  const { data: units = [] } = useOrgUnits();
  const mergeMutation = useMergeOrgUnits();
  const [pending, setPending] = useState<Values | null>(null);
  const form = useForm<Values>({
    initialValues: { absorbedIds: [], effectiveDate: null, decisionRef: '' },
    validate: {
      absorbedIds: (value) => (value.length ? null : m.absorbedRequired),
      effectiveDate: vnDateRule(m.effectiveDateRequired),
    },
  });
  const candidates = units
    .filter(
      (unit) => unit.status === 'ACTIVE' && unit.id !== successor.id && !successor.path.startsWith(unit.path),
    )
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((unit) => ({ value: unit.id, label: unit.name }));
  const names = (ids: string[]) =>
    candidates
      .filter((c) => ids.includes(c.value))
      .map((c) => c.label)
      .join(', ');

  const close = () => {
    setPending(null);
    form.reset();
    mergeMutation.reset();
    onClose();
  };

  const confirm = () => {
    if (!pending?.effectiveDate) return;
    mergeMutation.mutate(
      {
        absorbedIds: pending.absorbedIds,
        successor: { mode: 'EXISTING', id: successor.id },
        effectiveDate: pending.effectiveDate,
        decisionRef: pending.decisionRef.trim() || undefined,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: m.success });
          close();
        },
        onError: () => setPending(null),
      },
    );
  };

  return (
    <>
      <Modal
        opened={opened && !pending}
        onClose={close}
        title={t(m.title, { name: successor.name })}
        size="lg"
      >
        <form onSubmit={form.onSubmit(setPending)} noValidate data-testid="merge-form">
          <Stack>
            {mergeMutation.error && <ErrorAlert error={mergeMutation.error} />}
            <MultiSelect
              label={m.absorbed}
              placeholder={m.absorbedPlaceholder}
              data={candidates}
              searchable
              withAsterisk
              data-testid="merge-absorbed"
              {...form.getInputProps('absorbedIds')}
            />
            <Group grow>
              <VnDateInput
                label={m.effectiveDate}
                withAsterisk
                data-testid="merge-effective-date"
                {...form.getInputProps('effectiveDate')}
              />
              <TextInput
                label={m.decisionRef}
                placeholder={m.decisionRefPlaceholder}
                {...form.getInputProps('decisionRef')}
              />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {ui.app.cancel}
              </Button>
              <Button type="submit" data-testid="merge-submit">
                {m.submit}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={opened && !!pending}
        title={m.confirmTitle}
        text={t(m.confirmText, { names: names(pending?.absorbedIds ?? []), name: successor.name })}
        confirmLabel={m.confirm}
        loading={mergeMutation.isPending}
        testId="merge-confirm"
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
