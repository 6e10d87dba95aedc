import { Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { openHold } from '../api/open-hold';
import type { HoldInput } from '../api/records.types';
import { type RecordTarget, updateRecord, useSaveRecord } from '../api/save-record';
import { holdOptions, orNull, required } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = ui.records.fields;
/** What was entered on opening; closing the hold is its own form (CloseHoldModal). */
export type HoldValues = { reason: string; fromDate: string; note: string | null };
type Props = RecordTarget<HoldValues> & { opened: boolean; onClose: () => void };
type FormValues = { reason: string | null; fromDate: string | null; note: string };

/** While a hold is open the subject is not proposed (ND 152 principle). */
export function HoldFormModal(props: Props) {
  const { edit, opened, onClose } = props;
  const mutation = useSaveRecord((v: FormValues) => {
    // The Select holds one of the options, and `required` has run: the value is one of the API's.
    const values: HoldValues = {
      reason: v.reason as HoldInput['reason'],
      fromDate: v.fromDate ?? '',
      note: orNull(v.note),
    };
    if (props.edit) return updateRecord('hold', props.edit, values);
    return openHold({ subjectId: props.subjectId, ...values, reason: values.reason as HoldInput['reason'] });
  });
  const start = edit?.values;
  const form = useForm<FormValues>({
    initialValues: {
      reason: start?.reason ?? null,
      fromDate: start?.fromDate ?? null,
      note: start?.note ?? '',
    },
    validate: { reason: required, fromDate: required },
  });
  const { submit, close } = useRecordSubmit(mutation, form, ['reason', 'fromDate', 'note'], onClose);
  return (
    <RecordModal
      title={edit ? ui.records.editHold : ui.records.openHold}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit(submit)}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="hold-form"
    >
      <Select label={f.reason} data={holdOptions} withAsterisk {...form.getInputProps('reason')} />
      <VnDateInput label={f.fromDate} withAsterisk {...form.getInputProps('fromDate')} />
      <Textarea label={f.note} autosize minRows={2} {...form.getInputProps('note')} />
    </RecordModal>
  );
}
