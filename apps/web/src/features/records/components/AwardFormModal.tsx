import { Group, MultiSelect, Select, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VnDateInput } from '../../../components/VnDateInput';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { vnDateRule } from '../../../lib/dates';
import { vnNumberRule } from '../../../lib/vn-number';
import { createAward } from '../api/create-award';
import type { AwardInput, SubjectKind } from '../api/records.types';
import { type RecordTarget, updateRecord, useSaveRecord } from '../api/save-record';
import { useSubjectInitiatives } from '../api/subject-initiatives';
import { kindOptions, orNull, required, thisYear, useAwardOptions } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = ui.records.fields;
const FIELDS = [
  'awardCode',
  'kind',
  'year',
  'periodStartYear',
  'achievement',
  'decisionNumber',
  'decisionDate',
  'initiativesUsed',
];
export type AwardValues = {
  awardCode: string;
  kind: string;
  year: number;
  periodStartYear: number | null;
  achievement: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  /** The person's initiatives this award rested on; each grounds one award only (CV 5007/BNV-TĐKT III.5.c). */
  initiativesUsed: string[];
};
/** `personId`: whose initiatives may be picked (an edit names the award's subject; a collective has none). */
type Props = RecordTarget<AwardValues> & {
  kind: SubjectKind;
  personId?: string | null;
  opened: boolean;
  onClose: () => void;
};
type FormValues = {
  awardCode: string | null;
  kind: string | null;
  year: number | string;
  periodStartYear: number | string;
  achievement: string;
  decisionNumber: string;
  decisionDate: string | null;
  initiativesUsed: string[];
};
/** The server finds a registered decision by its number and checks the date against it. */
const DECISION = [['decisionNumber', 'decisionDate']] as const;

/** The server computes the money from the decision date, so the form does not ask for it. */
export function AwardFormModal(props: Props) {
  const { edit, kind, opened, onClose } = props;
  const awardOptions = useAwardOptions(kind);
  const personId = kind === 'PERSON' ? (props.subjectId ?? props.personId ?? null) : null;
  const initiatives = useSubjectInitiatives(opened ? personId : null).data ?? [];
  const mutation = useSaveRecord((v: FormValues) => {
    const values: AwardValues = {
      awardCode: v.awardCode ?? '',
      kind: v.kind ?? 'CONG_TRANG',
      year: Number(v.year),
      periodStartYear: v.periodStartYear === '' ? null : Number(v.periodStartYear),
      achievement: orNull(v.achievement),
      decisionNumber: orNull(v.decisionNumber),
      decisionDate: v.decisionDate || null,
      initiativesUsed: v.initiativesUsed,
    };
    if (props.edit) return updateRecord('award', props.edit, values, DECISION);
    // The Select holds one of the options: the kind is one of the API's.
    return createAward({ subjectId: props.subjectId, ...values, kind: values.kind as AwardInput['kind'] });
  });
  const start = edit?.values;
  const form = useForm<FormValues>({
    initialValues: {
      awardCode: start?.awardCode ?? null,
      kind: start?.kind ?? 'CONG_TRANG',
      year: start?.year ?? thisYear() - 1,
      periodStartYear: start?.periodStartYear ?? '',
      achievement: start?.achievement ?? '',
      decisionNumber: start?.decisionNumber ?? '',
      decisionDate: start?.decisionDate ?? null,
      initiativesUsed: start?.initiativesUsed ?? [],
    },
    validate: {
      awardCode: required,
      kind: required,
      year: required,
      periodStartYear: vnNumberRule(),
      decisionDate: vnDateRule(),
    },
  });
  const { submit, close } = useRecordSubmit(mutation, form, FIELDS, onClose);
  return (
    <RecordModal
      title={edit ? ui.records.editAward : ui.records.addAward}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit(submit)}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="award-form"
    >
      <Select
        label={f.awardCode}
        data={awardOptions}
        searchable
        withAsterisk
        data-testid="award-code"
        {...form.getInputProps('awardCode')}
      />
      <Group grow>
        <Select label={f.kind} data={kindOptions} withAsterisk {...form.getInputProps('kind')} />
        <VnNumberInput
          label={f.year}
          min={1945}
          max={thisYear()}
          withAsterisk
          data-testid="award-year"
          {...form.getInputProps('year')}
        />
        <VnNumberInput
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
        <VnDateInput
          label={f.decisionDate}
          clearable
          data-testid="award-decision-date"
          {...form.getInputProps('decisionDate')}
        />
      </Group>
      {personId !== null && (
        <MultiSelect
          label={f.initiativesUsed}
          description={f.initiativesUsedHint}
          data={initiatives}
          searchable
          clearable
          nothingFoundMessage={f.initiativesNone}
          data-testid="award-initiatives"
          {...form.getInputProps('initiativesUsed')}
        />
      )}
    </RecordModal>
  );
}
