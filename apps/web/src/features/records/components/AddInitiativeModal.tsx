import { Checkbox, Group, NumberInput, Select, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { vi } from '../../../i18n/vi';
import { parseVietnameseDate } from '../../../lib/dates';
import { useCreateInitiative } from '../api/create-initiative';
import { initiativeTypeOptions, orNull, required, scopeOptions, thisYear } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { type AuthorRow, AuthorsPicker } from './AuthorsPicker';
import { RecordModal } from './RecordModal';

const f = vi.records.fields;
const FIELDS = [
  'title',
  'type',
  'scope',
  'year',
  'isApplied',
  'decisionNumber',
  'decisionDate',
  'recognizedBy',
  'authors',
];
type Props = { author: { id: string; name: string }; opened: boolean; onClose: () => void };

export function AddInitiativeModal({ author, opened, onClose }: Props) {
  const mutation = useCreateInitiative();
  const form = useForm({
    initialValues: {
      title: '',
      type: 'SANG_KIEN' as string | null,
      scope: 'CO_SO' as string | null,
      year: (thisYear() - 1) as number | string,
      isApplied: true,
      recognizedBy: '',
      decisionNumber: '',
      decisionDate: null as string | null,
      authors: [{ personId: author.id, name: author.name, sharePct: 100 }] as AuthorRow[],
    },
    validate: {
      title: (v) => required(v.trim()),
      year: required,
      authors: (v) =>
        v.length === 0
          ? vi.records.required
          : v.reduce((s, a) => s + a.sharePct, 0) > 100
            ? vi.records.sharesOver
            : null,
    },
  });
  const { submit, close } = useRecordSubmit(mutation, form, FIELDS, onClose);
  return (
    <RecordModal
      title={vi.records.addInitiative}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit((v) =>
        submit({
          title: v.title.trim(),
          type: v.type ?? 'SANG_KIEN',
          scope: v.scope ?? 'CO_SO',
          year: Number(v.year),
          isApplied: v.isApplied,
          recognizedBy: orNull(v.recognizedBy),
          decisionNumber: orNull(v.decisionNumber),
          decisionDate: v.decisionDate || null,
          authors: v.authors.map(({ personId, sharePct }) => ({ personId, sharePct })),
        }),
      )}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="initiative-form"
    >
      <TextInput label={f.title} withAsterisk {...form.getInputProps('title')} />
      <Group grow>
        <Select label={f.type} data={initiativeTypeOptions} {...form.getInputProps('type')} />
        <Select label={f.scope} data={scopeOptions} {...form.getInputProps('scope')} />
        <NumberInput
          label={f.year}
          min={1945}
          max={thisYear()}
          withAsterisk
          {...form.getInputProps('year')}
        />
      </Group>
      <Checkbox label={f.isApplied} {...form.getInputProps('isApplied', { type: 'checkbox' })} />
      <Group grow>
        <TextInput label={f.recognizedBy} {...form.getInputProps('recognizedBy')} />
        <TextInput
          label={f.decisionNumber}
          placeholder={f.decisionNumberPlaceholder}
          {...form.getInputProps('decisionNumber')}
        />
        <DateInput
          label={f.decisionDate}
          valueFormat="DD/MM/YYYY"
          dateParser={parseVietnameseDate}
          clearable
          {...form.getInputProps('decisionDate')}
        />
      </Group>
      <AuthorsPicker
        value={form.values.authors}
        onChange={(rows) => form.setFieldValue('authors', rows)}
        error={form.errors.authors as string | undefined}
      />
    </RecordModal>
  );
}
