import { Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { createRating } from '../api/create-rating';
import type { RatingInput } from '../api/records.types';
import { type RecordTarget, updateRecord, useSaveRecord } from '../api/save-record';
import { orNull, ratingOptions, required, thisYear } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = ui.records.fields;
export type RatingValues = { year: number; rating: string; sourceDoc: string | null };
type Props = RecordTarget<RatingValues> & { opened: boolean; onClose: () => void };
type FormValues = { year: number | string; rating: string | null; sourceDoc: string };

/** Adds a year's rating, or edits one: the year is its key, so an edit changes the rest. */
export function RatingFormModal(props: Props) {
  const { edit, opened, onClose } = props;
  const mutation = useSaveRecord((v: FormValues) => {
    // The Select holds one of the options, and `required` has run: the value is one of the API's.
    const values = { rating: v.rating as RatingInput['rating'], sourceDoc: orNull(v.sourceDoc) };
    if (props.edit) return updateRecord('rating', props.edit, { ...props.edit.values, ...values });
    return createRating({ subjectId: props.subjectId, year: Number(v.year), ...values });
  });
  const start = edit?.values;
  const form = useForm<FormValues>({
    initialValues: {
      year: start?.year ?? thisYear() - 1,
      rating: start?.rating ?? null,
      sourceDoc: start?.sourceDoc ?? '',
    },
    validate: { year: required, rating: required },
  });
  const { submit, close } = useRecordSubmit(mutation, form, ['year', 'rating', 'sourceDoc'], onClose);
  return (
    <RecordModal
      title={edit ? ui.records.editRating : ui.records.addRating}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit(submit)}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="rating-form"
    >
      <VnNumberInput
        label={f.year}
        min={1945}
        max={thisYear()}
        withAsterisk
        disabled={Boolean(edit)}
        data-testid="rating-year"
        {...form.getInputProps('year')}
      />
      <Select
        label={f.rating}
        data={ratingOptions}
        withAsterisk
        data-testid="rating-value"
        {...form.getInputProps('rating')}
      />
      <TextInput label={f.sourceDoc} {...form.getInputProps('sourceDoc')} />
    </RecordModal>
  );
}
