import { Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { vnDateRule } from '../../../lib/dates';
import { createDiscipline } from '../api/create-discipline';
import type { DisciplineInput } from '../api/records.types';
import { type RecordTarget, updateRecord, useSaveRecord } from '../api/save-record';
import { disciplineOptions, orNull, required } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = ui.records.fields;
export type DisciplineValues = {
  form: string;
  fromDate: string;
  toDate: string | null;
  decisionNumber: string | null;
};
type Props = RecordTarget<DisciplineValues> & { opened: boolean; onClose: () => void };
type FormValues = {
  form: string | null;
  fromDate: string | null;
  toDate: string | null;
  decisionNumber: string;
};
const FIELDS = ['form', 'fromDate', 'toDate', 'decisionNumber'];

export function DisciplineFormModal(props: Props) {
  const { edit, opened, onClose } = props;
  const mutation = useSaveRecord((v: FormValues) => {
    const values: DisciplineValues = {
      // The Select holds one of the options, and `required` has run: the value is one of the API's.
      form: v.form ?? '',
      fromDate: v.fromDate ?? '',
      toDate: v.toDate || null,
      decisionNumber: orNull(v.decisionNumber),
    };
    if (props.edit) return updateRecord('discipline', props.edit, values);
    return createDiscipline({
      subjectId: props.subjectId,
      ...values,
      form: values.form as DisciplineInput['form'],
    });
  });
  const start = edit?.values;
  const form = useForm<FormValues>({
    initialValues: {
      form: start?.form ?? null,
      fromDate: start?.fromDate ?? null,
      toDate: start?.toDate ?? null,
      decisionNumber: start?.decisionNumber ?? '',
    },
    validate: { form: required, fromDate: required, toDate: vnDateRule() },
  });
  const { submit, close } = useRecordSubmit(mutation, form, FIELDS, onClose);
  return (
    <RecordModal
      title={edit ? ui.records.editDiscipline : ui.records.addDiscipline}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit(submit)}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="discipline-form"
    >
      <Select label={f.form} data={disciplineOptions} withAsterisk {...form.getInputProps('form')} />
      <Group grow>
        <VnDateInput label={f.fromDate} withAsterisk {...form.getInputProps('fromDate')} />
        <VnDateInput
          label={f.toDate}
          clearable
          minDate={form.values.fromDate ?? undefined}
          {...form.getInputProps('toDate')}
        />
      </Group>
      <TextInput
        label={f.decisionNumber}
        placeholder={f.decisionNumberPlaceholder}
        {...form.getInputProps('decisionNumber')}
      />
    </RecordModal>
  );
}
