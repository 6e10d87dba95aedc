import { Group, NumberInput, Select, Textarea, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { vi } from '../../../i18n/vi';
import { parseVietnameseDate } from '../../../lib/dates';
import { useCreateAward } from '../api/create-award';
import type { SubjectKind } from '../api/records.types';
import { awardOptions, kindOptions, orNull, required, thisYear } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = vi.records.fields;
const FIELDS = [
  'awardCode',
  'kind',
  'year',
  'periodStartYear',
  'achievement',
  'decisionNumber',
  'decisionDate',
];
type Props = { subjectId: string; kind: SubjectKind; opened: boolean; onClose: () => void };

/** The server computes the money from the decision date, so the form does not ask for it. */
export function AddAwardModal({ subjectId, kind, opened, onClose }: Props) {
  const mutation = useCreateAward();
  const form = useForm({
    initialValues: {
      awardCode: null as string | null,
      kind: 'CONG_TRANG' as string | null,
      year: (thisYear() - 1) as number | string,
      periodStartYear: '' as number | string,
      achievement: '',
      decisionNumber: '',
      decisionDate: null as string | null,
    },
    validate: { awardCode: required, kind: required, year: required },
  });
  const { submit, close } = useRecordSubmit(mutation, form, FIELDS, onClose);
  return (
    <RecordModal
      title={vi.records.addAward}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit((v) =>
        submit({
          subjectId,
          awardCode: v.awardCode ?? '',
          kind: v.kind ?? 'CONG_TRANG',
          year: Number(v.year),
          periodStartYear: v.periodStartYear === '' ? null : Number(v.periodStartYear),
          achievement: orNull(v.achievement),
          decisionNumber: orNull(v.decisionNumber),
          decisionDate: v.decisionDate || null,
        }),
      )}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="award-form"
    >
      <Select
        label={f.awardCode}
        data={awardOptions(kind)}
        searchable
        withAsterisk
        data-testid="award-code"
        {...form.getInputProps('awardCode')}
      />
      <Group grow>
        <Select label={f.kind} data={kindOptions} withAsterisk {...form.getInputProps('kind')} />
        <NumberInput
          label={f.year}
          min={1945}
          max={thisYear()}
          withAsterisk
          data-testid="award-year"
          {...form.getInputProps('year')}
        />
        <NumberInput
          label={f.periodStartYear}
          min={1945}
          max={thisYear()}
          {...form.getInputProps('periodStartYear')}
        />
      </Group>
      <Textarea label={f.achievement} autosize minRows={2} {...form.getInputProps('achievement')} />
      <Group grow>
        <TextInput
          label={f.decisionNumber}
          placeholder={f.decisionNumberPlaceholder}
          data-testid="award-decision-number"
          {...form.getInputProps('decisionNumber')}
        />
        <DateInput
          label={f.decisionDate}
          placeholder={f.datePlaceholder}
          valueFormat="DD/MM/YYYY"
          dateParser={parseVietnameseDate}
          clearable
          data-testid="award-decision-date"
          {...form.getInputProps('decisionDate')}
        />
      </Group>
    </RecordModal>
  );
}
