import { Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { todayIso } from '../../../lib/dates';
import { useCloseHold } from '../api/close-hold';
import { required } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = ui.records.fields;
type Props = { holdId: string; label: string; opened: boolean; onClose: () => void };

export function CloseHoldModal({ holdId, label, opened, onClose }: Props) {
  const mutation = useCloseHold();
  const form = useForm({
    initialValues: { toDate: todayIso() as string | null, closedReason: '' },
    validate: { toDate: required, closedReason: (v) => required(v.trim()) },
  });
  const { submit, close } = useRecordSubmit(mutation, form, ['toDate', 'closedReason'], onClose);
  return (
    <RecordModal
      title={`${ui.records.closeHold}: ${label}`}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit((v) =>
        submit({ id: holdId, toDate: v.toDate ?? '', closedReason: v.closedReason.trim() }),
      )}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="close-hold-form"
    >
      <VnDateInput label={f.toDate} withAsterisk {...form.getInputProps('toDate')} />
      <Textarea
        label={f.closedReason}
        autosize
        minRows={2}
        withAsterisk
        {...form.getInputProps('closedReason')}
      />
    </RecordModal>
  );
}
