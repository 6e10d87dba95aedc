import { Alert, Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { formatDate, formatMoney } from '../../../lib/format';
import { useConfirmPayment } from '../api/confirm-payment';
import type { AwaitingDecision } from '../api/fund.types';

const a = ui.fund.awaiting;

type Props = { decisions: AwaitingDecision[]; canManage: boolean };

/**
 * The money of issued decisions still to pay. Finance ticks what was paid (all by default) and
 * confirms behind a dialog: a payment is booked once and corrected only by a reversing entry.
 */
export function AwaitingPayments({ decisions, canManage }: Props) {
  const pay = useConfirmPayment();
  const [confirming, setConfirming] = useState<{ decision: AwaitingDecision; awardIds: string[] } | null>(
    null,
  );
  // The refusal stays on screen after the list refreshes (the decision may then be gone from it).
  const [refusal, setRefusal] = useState<{ number: string; error: unknown } | null>(null);
  const selectedVnd = (c: NonNullable<typeof confirming>) =>
    c.decision.items.filter((i) => c.awardIds.includes(i.awardId)).reduce((s, i) => s + i.payableVnd, 0);
  const confirm = () => {
    if (!confirming) return;
    const { decision, awardIds } = confirming;
    const all = awardIds.length === decision.items.length;
    pay.mutate(
      { decisionId: decision.decisionId, awardIds: all ? undefined : awardIds },
      {
        onSuccess: (result) => {
          setRefusal(null);
          notifications.show({
            color: 'green',
            message: t(a.done, { count: result.paidCount, amount: formatMoney(result.paidVnd) }),
          });
        },
        onError: (error) => setRefusal({ number: decision.number, error }),
        onSettled: () => setConfirming(null),
      },
    );
  };
  return (
    <Stack>
      <Text size="sm" c="dimmed">
        {a.subtitle}
      </Text>
      {refusal &&
        (isApiError(refusal.error, 'FUND_ALREADY_PAID') ? (
          <Alert
            color="red"
            icon={<IconAlertCircle size={18} />}
            title={t(a.decisionTitle, { number: refusal.number })}
            withCloseButton
            onClose={() => setRefusal(null)}
            data-testid="fund-already-paid"
          >
            <Text size="sm">{a.alreadyPaid}</Text>
            <Text size="xs" c="dimmed">
              {(refusal.error as Error).message}
            </Text>
          </Alert>
        ) : (
          <ErrorAlert error={refusal.error} testId="fund-payment-error" />
        ))}
      {decisions.length === 0 && (
        <Text c="dimmed" data-testid="fund-awaiting-empty">
          {a.empty}
        </Text>
      )}
      {decisions.map((d) => (
        <DecisionCard
          key={d.decisionId}
          decision={d}
          canManage={canManage}
          onConfirm={(awardIds) => setConfirming({ decision: d, awardIds })}
        />
      ))}
      <ConfirmDialog
        opened={confirming !== null}
        title={a.confirmTitle}
        text={
          confirming
            ? t(a.confirmText, {
                count: confirming.awardIds.length,
                amount: formatMoney(selectedVnd(confirming)),
                number: confirming.decision.number,
              })
            : ''
        }
        confirmLabel={a.confirm}
        loading={pay.isPending}
        testId="fund-pay-confirm"
        onConfirm={confirm}
        onCancel={() => setConfirming(null)}
      />
    </Stack>
  );
}

function DecisionCard({
  decision: d,
  canManage,
  onConfirm,
}: {
  decision: AwaitingDecision;
  canManage: boolean;
  onConfirm: (awardIds: string[]) => void;
}) {
  const [selected, setSelected] = useState<string[]>(() => d.items.map((i) => i.awardId));
  const toggle = (id: string) =>
    setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id]));
  return (
    <Paper withBorder radius="md" p="md" data-testid="fund-awaiting-decision" data-number={d.number}>
      <Group justify="space-between" align="flex-start" mb="xs">
        <Stack gap={2}>
          <Title order={5}>{t(a.decision, { number: d.number, date: formatDate(d.signedOn) })}</Title>
          <Text size="sm" c="dimmed">
            {d.issuer}
          </Text>
        </Stack>
        <Group gap="sm">
          <Badge variant="light" color="orange" size="lg" data-testid="fund-awaiting-amount">
            {t(a.count, { count: d.awaitingCount, amount: formatMoney(d.awaitingVnd) })}
          </Badge>
          {canManage && (
            <Button
              color="orange"
              disabled={selected.length === 0}
              onClick={() => onConfirm(selected)}
              data-testid="fund-pay"
            >
              {a.confirm}
            </Button>
          )}
        </Group>
      </Group>
      <Table withTableBorder striped fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            {canManage && <Table.Th w={40} />}
            <Table.Th>{a.name}</Table.Th>
            <Table.Th>{a.award}</Table.Th>
            <Table.Th ta="right">{a.amount}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {d.items.map((i) => (
            <Table.Tr key={i.awardId} data-testid="fund-awaiting-item">
              {canManage && (
                <Table.Td>
                  <Checkbox
                    aria-label={i.name}
                    checked={selected.includes(i.awardId)}
                    onChange={() => toggle(i.awardId)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Text size="sm">{i.name}</Text>
                <Text size="xs" c="dimmed">
                  {i.unitLine}
                </Text>
              </Table.Td>
              <Table.Td>
                {i.awardName}
                {i.note && (
                  <Text size="xs" c="dimmed">
                    {i.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td ta="right">{formatMoney(i.payableVnd)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
