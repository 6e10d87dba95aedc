import { Anchor, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatMoney } from '../../../lib/format';
import { useMoneySummary } from '../api/get-money-summary';

const m = ui.documents.money;

/** The decision's award money for the finance office: total, per award, and the .xlsx table. */
export function MoneySummaryCard({ decisionId }: { decisionId: string }) {
  const { data, error, isLoading } = useMoneySummary(decisionId);
  if (isLoading) return <Loader size="sm" />;
  if (error) return <ErrorAlert error={error} testId="money-summary-error" />;
  if (!data) return null;
  return (
    <Stack gap="xs" data-testid="money-summary">
      <Group justify="space-between" align="baseline">
        <Text fw={600}>
          {m.title} · {t(m.count, { count: data.count })}
        </Text>
        <Text fw={700} data-testid="money-summary-total">
          {t(m.total, { amount: formatMoney(data.totalVnd) })}
        </Text>
      </Group>
      <Text size="xs" c="dimmed">
        {data.totalInWords}
      </Text>
      {data.byAward.length > 0 && (
        <Table withTableBorder striped fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{m.award}</Table.Th>
              <Table.Th ta="right">{m.quantity}</Table.Th>
              <Table.Th ta="right">{m.amount}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.byAward.map((row) => (
              <Table.Tr key={row.awardCode} data-testid="money-summary-row">
                <Table.Td>{row.awardName}</Table.Td>
                <Table.Td ta="right">{row.count}</Table.Td>
                <Table.Td ta="right">{formatMoney(row.totalVnd)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data.revokedCount > 0 && (
        <Text size="xs" c="dimmed">
          {t(m.revoked, { count: data.revokedCount })}
        </Text>
      )}
      <Anchor
        href={`/api/decisions/${decisionId}/money-summary.xlsx`}
        download
        size="sm"
        data-testid="download-money-summary"
      >
        <IconFileSpreadsheet size={14} style={{ verticalAlign: 'middle' }} /> {m.xlsx}
      </Anchor>
    </Stack>
  );
}
