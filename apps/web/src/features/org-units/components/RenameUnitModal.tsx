import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { vnDateRule } from '../../../lib/dates';
import type { OrgUnit } from '../api/org-units.types';
import { useRenameOrgUnit } from '../api/restructure-org-unit';

type Props = { unit: OrgUnit; opened: boolean; onClose: () => void };
type Values = { name: string; effectiveDate: string | null; decisionRef: string };

const f = ui.orgUnits.form;

/** A rename keeps the old name in the unit's lineage, so history stays readable. */
export function RenameUnitModal({ unit, opened, onClose }: Props) {
  const mutation = useRenameOrgUnit();
  const form = useForm<Values>({
    initialValues: { name: unit.name, effectiveDate: null, decisionRef: '' },
    validate: {
      name: (v) => (v.trim().length < 2 ? f.nameRequired : v.trim() === unit.name ? f.nameUnchanged : null),
      effectiveDate: vnDateRule(f.dateRequired),
    },
  });
  // Start from the current name each time the dialog opens (the unit may have been renamed).
  // biome-ignore lint/correctness/useExhaustiveDependencies: only on opening, not on every keystroke
  useEffect(() => {
    if (opened) form.setValues({ name: unit.name, effectiveDate: null, decisionRef: '' });
  }, [opened, unit.name]);
  const close = () => {
    form.reset();
    mutation.reset();
    onClose();
  };
  // Awaiting the call (not a per-call callback) closes the dialog even if the page re-renders meanwhile.
  const submit = async (values: Values) => {
    try {
      const renamed = await mutation.mutateAsync({
        id: unit.id,
        version: unit.version,
        name: values.name.trim(),
        effectiveDate: values.effectiveDate ?? '',
        decisionRef: values.decisionRef.trim() || undefined,
      });
      notifications.show({ color: 'green', message: t(f.renamed, { name: renamed.name }) });
      close();
    } catch {
      // The error is shown from mutation.error.
    }
  };
  return (
    <Modal opened={opened} onClose={close} title={t(f.renameTitle, { name: unit.name })} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="unit-rename-form">
        <Stack>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <TextInput
            label={f.newName}
            withAsterisk
            data-testid="unit-rename-name"
            {...form.getInputProps('name')}
          />
          <Group grow>
            <VnDateInput
              label={f.effectiveDate}
              withAsterisk
              data-testid="unit-rename-date"
              {...form.getInputProps('effectiveDate')}
            />
            <TextInput label={f.decisionRef} {...form.getInputProps('decisionRef')} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="unit-rename-submit">
              {f.rename}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
