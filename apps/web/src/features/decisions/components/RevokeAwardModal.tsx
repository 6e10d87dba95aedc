import { Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { todayIso as today } from '../../../lib/dates';
import { type RevokeDecisionItemInput, useRevokeDecisionItem } from '../api/revoke-decision-item';

const r = ui.decisions.revoke;
const GROUNDS = ['a', 'b', 'c', 'd'] as const;
const groundOptions = GROUNDS.map((g) => ({ value: g, label: ui.records.grounds[g.toUpperCase()] ?? g }));

type Props = {
  decisionId: string;
  award: { id: string; subjectName: string };
  onClose: () => void;
  onRevoked: () => void;
};

/** Ground, date and reason first; then a second, explicit confirmation, since it cannot be undone. */
export function RevokeAwardModal({ decisionId, award, onClose, onRevoked }: Props) {
  const revoke = useRevokeDecisionItem(decisionId);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    initialValues: {
      ground: null as string | null,
      revokedOn: today(),
      reason: '',
      recoverCertificate: true,
      recoverMoney: true,
    },
    validate: {
      ground: (v) => (v ? null : r.groundRequired),
      revokedOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : ui.decisions.external.dateRequired),
      reason: (v) => (v.trim().length < 5 ? r.reasonRequired : null),
    },
  });
  const submit = () => {
    const v = form.getValues();
    revoke.mutate(
      {
        awardId: award.id,
        ground: v.ground as RevokeDecisionItemInput['ground'],
        revokedOn: v.revokedOn,
        reason: v.reason.trim(),
        recoverCertificate: v.recoverCertificate,
        recoverMoney: v.recoverMoney,
      },
      { onSuccess: () => onRevoked() },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t(r.modalTitle, { name: award.subjectName })}>
      {confirming ? (
        <Stack data-testid="revoke-award-confirm-step">
          {revoke.error && <ErrorAlert error={revoke.error} />}
          <Text size="sm">{t(r.confirm, { name: award.subjectName })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {ui.app.cancel}
            </Button>
            <Button
              color="red"
              loading={revoke.isPending}
              onClick={submit}
              data-testid="revoke-award-confirm"
            >
              {r.submit}
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit(() => setConfirming(true))} noValidate>
          <Stack>
            <Select
              label={r.ground}
              data={groundOptions}
              withAsterisk
              data-testid="revoke-award-ground"
              {...form.getInputProps('ground')}
            />
            <VnDateInput
              label={r.revokedOn}
              withAsterisk
              {...form.getInputProps('revokedOn')}
              onChange={(v) => form.setFieldValue('revokedOn', v ?? '')}
            />
            <Textarea
              label={r.reason}
              withAsterisk
              autosize
              minRows={2}
              data-testid="revoke-award-reason"
              {...form.getInputProps('reason')}
            />
            <Checkbox
              label={r.recoverCertificate}
              {...form.getInputProps('recoverCertificate', { type: 'checkbox' })}
            />
            <Checkbox label={r.recoverMoney} {...form.getInputProps('recoverMoney', { type: 'checkbox' })} />
            <Group justify="flex-end">
              <Button type="submit" color="red" data-testid="revoke-award-next">
                {r.action}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
