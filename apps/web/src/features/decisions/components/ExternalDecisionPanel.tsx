import { Alert, Button, Checkbox, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { todayIso as today } from '../../../lib/dates';
import { formatMoney } from '../../../lib/format';
import { useRecordExternalDecision } from '../api/record-external-decision';
import type { DecidableProposal } from './IssueDecisionPanel';

const d = ui.decisions;
const x = ui.decisions.external;

/**
 * A proposal sent up is decided by the higher authority (Law 2022, Điều 83.2): the office records
 * that decision's number, date and issuer, and the awards it grants are written to the records.
 */
export function ExternalDecisionPanel({
  proposal,
  onRecorded,
}: {
  proposal: DecidableProposal;
  onRecorded: () => void;
}) {
  const record = useRecordExternalDecision();
  const approvable = proposal.items.filter((i) => i.appraisedEligible === true && i.councilPassed !== false);
  const [confirming, setConfirming] = useState(false);
  const form = useForm({
    initialValues: {
      number: '',
      signedOn: today(),
      issuer: '',
      signer: '',
      approvedItemIds: approvable.map((i) => i.id),
    },
    validate: {
      number: (v) => (v.trim().length < 3 ? x.numberRequired : null),
      signedOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : x.dateRequired),
      issuer: (v) => (v.trim().length < 2 ? x.issuerRequired : null),
      approvedItemIds: (v) => (v.length === 0 ? x.itemsRequired : null),
    },
  });
  if (!proposal.allowedActions.issueDecision) return null;
  const v = form.getValues();
  const save = () =>
    record.mutate(
      {
        proposalId: proposal.id,
        expectedVersion: proposal.version,
        number: v.number.trim(),
        signedOn: v.signedOn,
        issuer: v.issuer.trim(),
        ...(v.signer.trim().length >= 2 ? { signer: v.signer.trim() } : {}),
        approvedItemIds: v.approvedItemIds,
      },
      { onSuccess: () => onRecorded(), onSettled: () => setConfirming(false) },
    );
  return (
    <Paper withBorder p="md" data-testid="external-decision-panel">
      <Title order={4} mb="sm">
        {x.title}
      </Title>
      {record.data ? (
        <Alert color="green" data-testid="external-decision-saved">
          {t(x.saved, { number: record.data.decision.number })}
        </Alert>
      ) : (
        <form onSubmit={form.onSubmit(() => setConfirming(true))} noValidate>
          <Stack>
            <Text size="sm" c="dimmed">
              {x.hint}
            </Text>
            {record.error && <ErrorAlert error={record.error} />}
            <Checkbox.Group label={d.approved} withAsterisk {...form.getInputProps('approvedItemIds')}>
              <Stack gap="xs" mt="xs">
                {approvable.map((i) => (
                  <Checkbox
                    key={i.id}
                    value={i.id}
                    label={`${i.subjectName} · ${d.amount}: ${formatMoney(i.verdict?.amountVnd)}`}
                    data-testid="external-decision-item"
                  />
                ))}
              </Stack>
            </Checkbox.Group>
            <Group grow align="flex-start">
              <TextInput
                label={x.number}
                placeholder={x.numberPlaceholder}
                withAsterisk
                data-testid="external-decision-number"
                {...form.getInputProps('number')}
              />
              <VnDateInput
                label={d.signedOn}
                withAsterisk
                data-testid="external-decision-signed-on"
                {...form.getInputProps('signedOn')}
                onChange={(v) => form.setFieldValue('signedOn', v ?? '')}
              />
            </Group>
            <Group grow align="flex-start">
              <TextInput
                label={x.issuer}
                placeholder={x.issuerPlaceholder}
                withAsterisk
                data-testid="external-decision-issuer"
                {...form.getInputProps('issuer')}
              />
              <TextInput label={x.signer} {...form.getInputProps('signer')} />
            </Group>
            <Group>
              <Button type="submit" data-testid="external-decision-save">
                {x.save}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={x.save}>
        <Stack>
          <Text size="sm">
            {t(x.confirm, {
              number: v.number.trim(),
              issuer: v.issuer.trim(),
              count: String(v.approvedItemIds.length),
            })}
          </Text>
          <Button loading={record.isPending} onClick={save} data-testid="external-decision-confirm">
            {x.save}
          </Button>
        </Stack>
      </Modal>
    </Paper>
  );
}
