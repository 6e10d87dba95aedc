import { Checkbox, Group, Select, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VnDateInput } from '../../../components/VnDateInput';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { ui } from '../../../i18n/ui';
import { uiInputs } from '../../../i18n/ui-inputs';
import { vnDateRule } from '../../../lib/dates';
import { createInitiative } from '../api/create-initiative';
import type { InitiativeInput } from '../api/records.types';
import { type RecordEdit, updateRecord, useSaveRecord } from '../api/save-record';
import { initiativeTypeOptions, orNull, required, scopeOptions, thisYear } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { type AuthorRow, AuthorsPicker } from './AuthorsPicker';
import { RecordModal } from './RecordModal';

const f = ui.records.fields;
const FIELDS = [
  'title',
  'type',
  'scope',
  'year',
  'isApplied',
  'isAccepted',
  'decisionNumber',
  'decisionDate',
  'recognizedBy',
  'authors',
];
/** The form's values; authors carry their names for the picker and leave them behind when sent. */
export type InitiativeValues = {
  title: string;
  type: string;
  scope: string;
  year: number;
  isApplied: boolean;
  /** Nghiệm thu (công nhận): an accepted topic not yet applied still grounds CSTĐCS (Law 2022, Điều 23.2). */
  isAccepted: boolean;
  recognizedBy: string | null;
  decisionNumber: string | null;
  decisionDate: string | null;
  authors: AuthorRow[];
};
/** A new initiative starts with the person whose page it is as its author; an edit brings its own. */
type Props = (
  | { author: { id: string; name: string }; edit?: undefined }
  | { author?: undefined; edit: RecordEdit<InitiativeValues> }
) & {
  opened: boolean;
  onClose: () => void;
};
type FormValues = Omit<InitiativeValues, 'type' | 'scope' | 'year' | 'recognizedBy' | 'decisionNumber'> & {
  type: string | null;
  scope: string | null;
  year: number | string;
  recognizedBy: string;
  decisionNumber: string;
};

// The Selects hold one of the options: the type and scope are the API's.
const toSent = ({ authors, type, scope, ...rest }: InitiativeValues) => ({
  ...rest,
  type: type as InitiativeInput['type'],
  scope: scope as InitiativeInput['scope'],
  authors: authors.map(({ personId, sharePct }) => ({ personId, sharePct })),
});

export function InitiativeFormModal(props: Props) {
  const { edit, opened, onClose } = props;
  const mutation = useSaveRecord((v: FormValues) => {
    const values: InitiativeValues = {
      title: v.title.trim(),
      type: v.type ?? 'SANG_KIEN',
      scope: v.scope ?? 'CO_SO',
      year: Number(v.year),
      isApplied: v.isApplied,
      isAccepted: v.isAccepted,
      recognizedBy: orNull(v.recognizedBy),
      decisionNumber: orNull(v.decisionNumber),
      decisionDate: v.decisionDate || null,
      authors: v.authors,
    };
    if (!props.edit) return createInitiative(toSent(values));
    const { id, version, values: before } = props.edit;
    return updateRecord('initiative', { id, version, values: toSent(before) }, toSent(values));
  });
  const start = edit?.values;
  const form = useForm<FormValues>({
    initialValues: {
      title: start?.title ?? '',
      type: start?.type ?? 'SANG_KIEN',
      scope: start?.scope ?? 'CO_SO',
      year: start?.year ?? thisYear() - 1,
      isApplied: start?.isApplied ?? true,
      isAccepted: start?.isAccepted ?? true,
      recognizedBy: start?.recognizedBy ?? '',
      decisionNumber: start?.decisionNumber ?? '',
      decisionDate: start?.decisionDate ?? null,
      authors:
        start?.authors ??
        (props.author ? [{ personId: props.author.id, name: props.author.name, sharePct: 100 }] : []),
    },
    validate: {
      title: (v) => required(v.trim()),
      year: required,
      decisionDate: vnDateRule(),
      authors: (v) =>
        v.length === 0
          ? ui.records.required
          : v.some((a) => Number.isNaN(a.sharePct))
            ? uiInputs.number.invalid
            : v.reduce((s, a) => s + a.sharePct, 0) > 100
              ? ui.records.sharesOver
              : null,
    },
  });
  const { submit, close } = useRecordSubmit(mutation, form, FIELDS, onClose);
  return (
    <RecordModal
      title={edit ? ui.records.editInitiative : ui.records.addInitiative}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit(submit)}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="initiative-form"
    >
      <TextInput label={f.title} withAsterisk {...form.getInputProps('title')} />
      <Group grow>
        <Select label={f.type} data={initiativeTypeOptions} {...form.getInputProps('type')} />
        <Select label={f.scope} data={scopeOptions} {...form.getInputProps('scope')} />
        <VnNumberInput
          label={f.year}
          min={1945}
          max={thisYear()}
          withAsterisk
          {...form.getInputProps('year')}
        />
      </Group>
      <Group>
        <Checkbox label={f.isApplied} {...form.getInputProps('isApplied', { type: 'checkbox' })} />
        <Checkbox
          label={f.isAccepted}
          data-testid="initiative-accepted"
          {...form.getInputProps('isAccepted', { type: 'checkbox' })}
        />
      </Group>
      <Group grow>
        <TextInput label={f.recognizedBy} {...form.getInputProps('recognizedBy')} />
        <TextInput
          label={f.decisionNumber}
          placeholder={f.decisionNumberPlaceholder}
          {...form.getInputProps('decisionNumber')}
        />
        <VnDateInput label={f.decisionDate} clearable {...form.getInputProps('decisionDate')} />
      </Group>
      <AuthorsPicker
        value={form.values.authors}
        onChange={(rows) => form.setFieldValue('authors', rows)}
        error={form.errors.authors as string | undefined}
      />
    </RecordModal>
  );
}
