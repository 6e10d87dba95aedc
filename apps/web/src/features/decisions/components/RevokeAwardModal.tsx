import { Alert, Anchor, Button, Checkbox, Group, Modal, Select, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { todayIso as today } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import {
  type RevocationDecision,
  type RevokeDecisionItemInput,
  useDecisionSigned,
  useIssueRevocationDecision,
  useRevokeDecisionItem,
} from '../api/revoke-decision-item';

const r = ui.decisions.revoke;
const GROUNDS = ['a', 'b', 'c', 'd'] as const;
const groundOptions = GROUNDS.map((g) => ({ value: g, label: ui.records.grounds[g.toUpperCase()] ?? g }));

type Props = {
  decisionId: string;
  award: { id: string; subjectName: string };
  onClose: () => void;
  onRevoked: () => void;
};

/**
 * Ground, date and reason first; then a second, explicit confirmation, since it cannot be undone.
 * On a signed decision the confirmation says that a revocation decision is issued and signed with
 * the organisation's seal, and the modal ends on its number and signed PDF.
 */
export function RevokeAwardModal({ decisionId, award, onClose, onRevoked }: Props) {
  const plain = useRevokeDecisionItem(decisionId);
  const withDecision = useIssueRevocationDecision(decisionId);
  const signed = useDecisionSigned(decisionId).data === true;
  const revoke = signed ? withDecision : plain;
  const [confirming, setConfirming] = useState(false);
  const [issued, setIssued] = useState<RevocationDecision | null>(null);
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
    const input = {
      awardId: award.id,
      ground: v.ground as RevokeDecisionItemInput['ground'],
      revokedOn: v.revokedOn,
      reason: v.reason.trim(),
      recoverCertificate: v.recoverCertificate,
      recoverMoney: v.recoverMoney,
    };
    if (signed) withDecision.mutate(input, { onSuccess: (result) => setIssued(result) });
    else plain.mutate(input, { onSuccess: () => onRevoked() });
  };
  return (
    <Modal opened onClose={issued ? onRevoked : onClose} title={t(r.modalTitle, { name: award.subjectName })}>
      {issued ? (
        <Stack data-testid="revocation-decision-issued" data-number={issued.decision.number}>
          <Alert color="green" title={r.issuedTitle}>
            <Text size="sm">
              {t(r.issued, { number: issued.decision.number, date: formatDate(issued.decision.signedOn) })}
            </Text>
            <Anchor
              href={`/api/decisions/${issued.decision.id}/documents/quyet-dinh.pdf`}
              size="sm"
              data-testid="revocation-decision-pdf"
            >
              {r.issuedPdf}
            </Anchor>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onRevoked} data-testid="revocation-decision-close">
              {r.close}
            </Button>
          </Group>
        </Stack>
      ) : confirming ? (
        <Stack data-testid="revoke-award-confirm-step" data-signed={signed}>
          {revoke.error && <ErrorAlert error={revoke.error} />}
          <Text size="sm">{t(signed ? r.signedConfirm : r.confirm, { name: award.subjectName })}</Text>
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
              {signed ? r.signedSubmit : r.submit}
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
