import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { UnitSelect } from '../../../components/UnitSelect';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { useAddEarlierPost } from '../api/add-earlier-post';

const d = ui.people.detail;
type Props = { personId: string; opened: boolean; onClose: () => void };

/** Adds a post held before the current one (its unit, title and dates) to the work history. */
export function EarlierPostModal({ personId, opened, onClose }: Props) {
  const mutation = useAddEarlierPost(personId);
  const form = useForm({
    initialValues: {
      unitId: null as string | null,
      position: '',
      fromDate: null as string | null,
      toDate: null as string | null,
    },
    validate: {
      unitId: (v) => (v ? null : d.postUnitRequired),
      position: (v) => (v.trim().length >= 2 ? null : d.postPositionRequired),
      fromDate: (v) => (v ? null : d.postDateRequired),
      toDate: (v, all) =>
        !v ? d.postDateRequired : all.fromDate && v < all.fromDate ? d.postDatesOrder : null,
    },
  });
  const close = () => {
    form.reset();
    mutation.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={d.addPost} size="lg">
      <form
        data-testid="earlier-post-form"
        onSubmit={form.onSubmit((v) =>
          mutation.mutate(
            {
              unitId: v.unitId ?? '',
              position: v.position.trim(),
              fromDate: v.fromDate ?? '',
              toDate: v.toDate ?? '',
            },
            { onSuccess: close },
          ),
        )}
      >
        <Stack>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <UnitSelect label={d.postUnit} withAsterisk includeDissolved {...form.getInputProps('unitId')} />
          <TextInput
            label={d.postPosition}
            withAsterisk
            {...form.getInputProps('position')}
            data-testid="post-position"
          />
          <Group grow>
            <VnDateInput label={d.fromDate} withAsterisk {...form.getInputProps('fromDate')} />
            <VnDateInput label={d.toDate} withAsterisk {...form.getInputProps('toDate')} />
          </Group>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" loading={mutation.isPending} data-testid="earlier-post-save">
              {ui.app.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
