import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { ApiError } from '../../../lib/api';
import { todayIso, vnDateRule } from '../../../lib/dates';
import { applyServerErrors } from '../../../lib/form-errors';
import type { OrgUnit } from '../api/org-units.types';
import { useCreateOrgUnit } from '../api/restructure-org-unit';
import { UnitFields, unitFieldRules } from './UnitFields';

type Props = { parent: OrgUnit; opened: boolean; onClose: () => void };
type Values = { code: string; name: string; type: string; validFrom: string | null };

const f = ui.orgUnits.form;

export function CreateUnitModal({ parent, opened, onClose }: Props) {
  const mutation = useCreateOrgUnit();
  const form = useForm<Values>({
    initialValues: { code: '', name: '', type: '', validFrom: todayIso() },
    validate: { ...unitFieldRules, validFrom: vnDateRule(f.dateRequired) },
  });
  const close = () => {
    form.reset();
    mutation.reset();
    onClose();
  };
  const submit = (values: Values) =>
    mutation.mutate(
      {
        parentId: parent.id,
        code: values.code.trim(),
        name: values.name.trim(),
        type: values.type,
        validFrom: values.validFrom ?? '',
      },
      {
        onSuccess: (unit) => {
          notifications.show({ color: 'green', message: t(f.created, { name: unit.name }) });
          close();
        },
        onError: (error) => {
          if (error instanceof ApiError)
            applyServerErrors(form, error, ['code', 'name', 'type', 'validFrom']);
        },
      },
    );
  return (
    <Modal opened={opened} onClose={close} title={t(f.createTitle, { name: parent.name })} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="unit-create-form">
        <Stack>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <UnitFields form={form} prefix="" testId="unit-create" />
          <VnDateInput label={f.validFrom} withAsterisk {...form.getInputProps('validFrom')} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="unit-create-submit">
              {f.create}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
