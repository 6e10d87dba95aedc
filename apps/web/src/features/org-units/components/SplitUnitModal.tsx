import { Button, Divider, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { vnDateRule } from '../../../lib/dates';
import type { OrgUnit } from '../api/org-units.types';
import { useSplitOrgUnit } from '../api/restructure-org-unit';
import { UnitFields, type UnitFieldValues, unitFieldRules } from './UnitFields';

type Props = { unit: OrgUnit; opened: boolean; onClose: () => void };
type Values = { successors: UnitFieldValues[]; effectiveDate: string | null; decisionRef: string };

const f = ui.orgUnits.form;
const blank = (): UnitFieldValues => ({ code: '', name: '', type: '' });

/** Splitting dissolves the unit, so it asks for confirmation; people go to the first new unit. */
export function SplitUnitModal({ unit, opened, onClose }: Props) {
  const mutation = useSplitOrgUnit();
  const [pending, setPending] = useState<Values | null>(null);
  const form = useForm<Values>({
    initialValues: { successors: [blank(), blank()], effectiveDate: null, decisionRef: '' },
    validate: {
      successors: { code: unitFieldRules.code, name: unitFieldRules.name, type: unitFieldRules.type },
      effectiveDate: vnDateRule(f.dateRequired),
    },
  });
  const close = () => {
    setPending(null);
    form.reset();
    mutation.reset();
    onClose();
  };
  const confirm = () => {
    if (!pending) return;
    mutation.mutate(
      {
        id: unit.id,
        successors: pending.successors.map((s) => ({
          code: s.code.trim(),
          name: s.name.trim(),
          type: s.type,
        })),
        effectiveDate: pending.effectiveDate ?? '',
        decisionRef: pending.decisionRef.trim() || undefined,
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: f.splitDone });
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
        title={t(f.splitTitle, { name: unit.name })}
        size="lg"
      >
        <form onSubmit={form.onSubmit(setPending)} noValidate data-testid="unit-split-form">
          <Stack>
            {mutation.error && <ErrorAlert error={mutation.error} />}
            {form.values.successors.map((_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positional (people go to the first)
              <Stack key={index} gap="xs">
                <Divider label={t(f.successorN, { n: index + 1 })} labelPosition="left" />
                <UnitFields form={form} prefix={`successors.${index}.`} testId={`unit-split-${index}`} />
              </Stack>
            ))}
            <Button
              variant="subtle"
              onClick={() => form.insertListItem('successors', blank())}
              w="fit-content"
            >
              {f.addSuccessor}
            </Button>
            <Group grow>
              <VnDateInput
                label={f.effectiveDate}
                withAsterisk
                data-testid="unit-split-date"
                {...form.getInputProps('effectiveDate')}
              />
              <TextInput label={f.decisionRef} {...form.getInputProps('decisionRef')} />
            </Group>
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {ui.app.cancel}
              </Button>
              <Button type="submit" data-testid="unit-split-submit">
                {f.continue}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <ConfirmDialog
        opened={opened && !!pending}
        title={f.splitConfirmTitle}
        text={t(f.splitConfirmText, {
          name: unit.name,
          names: (pending?.successors ?? []).map((s) => s.name).join(', '),
        })}
        confirmLabel={f.split}
        loading={mutation.isPending}
        testId="unit-split-confirm"
        onConfirm={confirm}
        onCancel={() => setPending(null)}
      />
    </>
  );
}
