import { Select, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { todayIso } from '../../../lib/dates';
import { useRevokeAward } from '../api/revoke-award';
import { groundOptions, required } from '../hooks/options';
import { useRecordSubmit } from '../hooks/use-record-submit';
import { RecordModal } from './RecordModal';

const f = ui.records.fields;
type Props = { award: { id: string; version: number; label: string }; opened: boolean; onClose: () => void };

/** Revocation is the confirmation step itself: it states the effect before the red button. */
export function RevokeAwardModal({ award, opened, onClose }: Props) {
  const mutation = useRevokeAward();
  const form = useForm({
    initialValues: { ground: null as string | null, revokedOn: todayIso() as string | null },
    validate: { ground: required, revokedOn: required },
  });
  const { submit, close } = useRecordSubmit(mutation, form, ['ground', 'revokedOn'], onClose);
  return (
    <RecordModal
      title={ui.records.revokeTitle}
      opened={opened}
      onClose={close}
      onSubmit={form.onSubmit((v) =>
        submit({
          id: award.id,
          version: award.version,
          ground: v.ground ?? '',
          revokedOn: v.revokedOn ?? '',
        }),
      )}
      error={mutation.error}
      isPending={mutation.isPending}
      testId="revoke-form"
      submitLabel={ui.records.revoke}
      danger
    >
      <Text size="sm">{t(ui.records.revokeText, { what: award.label })}</Text>
      <Select
        label={f.ground}
        data={groundOptions}
        withAsterisk
        data-testid="revoke-ground"
        {...form.getInputProps('ground')}
      />
      <VnDateInput label={f.revokedOn} withAsterisk {...form.getInputProps('revokedOn')} />
    </RecordModal>
  );
}
