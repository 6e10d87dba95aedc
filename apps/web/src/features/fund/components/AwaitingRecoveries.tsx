import { Button, Paper, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatDate, formatMoney } from '../../../lib/format';
import type { AwaitingRecovery } from '../api/fund.types';
import { useRecordRecovery } from '../api/record-recovery';

const r = ui.fund.recoveries;

/** Revoked awards whose money the fund paid and is to get back (Law 2022, Điều 93): a receipt each. */
export function AwaitingRecoveries({ items, canManage }: { items: AwaitingRecovery[]; canManage: boolean }) {
  const recover = useRecordRecovery();
  const [confirming, setConfirming] = useState<AwaitingRecovery | null>(null);
  if (items.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="md" data-testid="fund-recoveries">
      <Title order={5}>{r.title}</Title>
      <Text size="sm" c="dimmed" mb="sm">
        {r.subtitle}
      </Text>
      {recover.error && <ErrorAlert error={recover.error} />}
      <Table withTableBorder striped fz="sm" verticalSpacing={4}>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.awardId} data-testid="fund-recovery-item">
              <Table.Td>
                <Text size="sm">{i.name}</Text>
                <Text size="xs" c="dimmed">
                  {i.awardName}
                  {i.decisionNumber && ` · ${t(ui.fund.ledger.decision, { number: i.decisionNumber })}`}
                </Text>
              </Table.Td>
              <Table.Td>{i.revokedOn && t(r.revokedOn, { date: formatDate(i.revokedOn) })}</Table.Td>
              <Table.Td ta="right">{formatMoney(i.paidVnd)}</Table.Td>
              {canManage && (
                <Table.Td ta="right">
                  <Button size="compact-sm" variant="light" onClick={() => setConfirming(i)}>
                    {r.record}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ConfirmDialog
        opened={confirming !== null}
        title={r.confirmTitle}
        text={
          confirming
            ? t(r.confirmText, {
                amount: formatMoney(confirming.paidVnd),
                name: confirming.name,
                award: confirming.awardName,
              })
            : ''
        }
        confirmLabel={r.record}
        loading={recover.isPending}
        onConfirm={() =>
          confirming &&
          recover.mutate(confirming.awardId, {
            onSuccess: () =>
              notifications.show({
                color: 'green',
                message: t(r.done, { amount: formatMoney(confirming.paidVnd) }),
              }),
            onSettled: () => setConfirming(null),
          })
        }
        onCancel={() => setConfirming(null)}
      />
    </Paper>
  );
}
