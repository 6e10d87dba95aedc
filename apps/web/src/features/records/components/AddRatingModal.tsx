import { NumberInput, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { vi } from '../../../i18n/vi';
import { useCreateRating } from '../api/create-rating';
import { orNull, ratingOptions, required, thisYear } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = vi.records.fields;
type Props = { subjectId: string; opened: boolean; onClose: () => void };

export function AddRatingModal({ subjectId, opened, onClose }: Props) {
  const mutation = useCreateRating();
  const form = useForm({
    initialValues: {
      year: (thisYear() - 1) as number | string,
      rating: null as string | null,
      sourceDoc: '',
    },
    validate: { year: required, rating: required },
  });
  const { submit, close } = useRecordSubmit(mutation, form, ['year', 'rating', 'sourceDoc'], onClose);
  return (
    <RecordModal
      title={vi.records.addRating}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit((v) =>
        submit({ subjectId, year: Number(v.year), rating: v.rating ?? '', sourceDoc: orNull(v.sourceDoc) }),
      )}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="rating-form"
    >
      <NumberInput
        label={f.year}
        min={1945}
        max={thisYear()}
        withAsterisk
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
