import { Select, Textarea } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { vi } from '../../../i18n/vi';
import { parseVietnameseDate } from '../../../lib/dates';
import { useOpenHold } from '../api/open-hold';
import { holdOptions, orNull, required } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = vi.records.fields;
type Props = { subjectId: string; opened: boolean; onClose: () => void };

/** While a hold is open the subject is not proposed (ND 152 principle). */
export function OpenHoldModal({ subjectId, opened, onClose }: Props) {
  const mutation = useOpenHold();
  const form = useForm({
    initialValues: { reason: null as string | null, fromDate: null as string | null, note: '' },
    validate: { reason: required, fromDate: required },
  });
  const { submit, close } = useRecordSubmit(mutation, form, ['reason', 'fromDate', 'note'], onClose);
  return (
    <RecordModal
      title={vi.records.openHold}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit((v) =>
        submit({ subjectId, reason: v.reason ?? '', fromDate: v.fromDate ?? '', note: orNull(v.note) }),
      )}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="hold-form"
    >
      <Select label={f.reason} data={holdOptions} withAsterisk {...form.getInputProps('reason')} />
      <DateInput
        label={f.fromDate}
        placeholder={f.datePlaceholder}
        valueFormat="DD/MM/YYYY"
        dateParser={parseVietnameseDate}
        withAsterisk
        {...form.getInputProps('fromDate')}
      />
      <Textarea label={f.note} autosize minRows={2} {...form.getInputProps('note')} />
    </RecordModal>
  );
}
