import { Group, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { vi } from '../../../i18n/vi';
import { parseVietnameseDate } from '../../../lib/dates';
import { useCreateDiscipline } from '../api/create-discipline';
import { disciplineOptions, orNull, required } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = vi.records.fields;
type Props = { subjectId: string; opened: boolean; onClose: () => void };

export function AddDisciplineModal({ subjectId, opened, onClose }: Props) {
  const mutation = useCreateDiscipline();
  const form = useForm({
    initialValues: {
      form: null as string | null,
      fromDate: null as string | null,
      toDate: null as string | null,
      decisionNumber: '',
    },
    validate: { form: required, fromDate: required },
  });
  const { submit, close } = useRecordSubmit(
    mutation,
    form,
    ['form', 'fromDate', 'toDate', 'decisionNumber'],
    onClose,
  );
  const date = { valueFormat: 'DD/MM/YYYY', dateParser: parseVietnameseDate, placeholder: f.datePlaceholder };
  return (
    <RecordModal
      title={vi.records.addDiscipline}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit((v) =>
        submit({
          subjectId,
          form: v.form ?? '',
          fromDate: v.fromDate ?? '',
          toDate: v.toDate || null,
          decisionNumber: orNull(v.decisionNumber),
        }),
      )}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="discipline-form"
    >
      <Select label={f.form} data={disciplineOptions} withAsterisk {...form.getInputProps('form')} />
      <Group grow>
        <DateInput label={f.fromDate} withAsterisk {...date} {...form.getInputProps('fromDate')} />
        <DateInput label={f.toDate} clearable {...date} {...form.getInputProps('toDate')} />
      </Group>
      <TextInput
        label={f.decisionNumber}
        placeholder={f.decisionNumberPlaceholder}
        {...form.getInputProps('decisionNumber')}
      />
    </RecordModal>
  );
}
