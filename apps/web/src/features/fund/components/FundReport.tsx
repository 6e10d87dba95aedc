import { Paper, SimpleGrid, Table, Text, Title } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { formatMoney } from '../../../lib/format';
import type { FundOverview } from '../api/fund.types';

const r = ui.fund.report;

/** The year's money in by source and money out by award level (with each award under its level). */
export function FundReport({ view }: { view: FundOverview }) {
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Paper withBorder radius="md" p="md" data-testid="fund-report-sources">
        <Title order={5} mb="sm">
          {r.bySource}
        </Title>
        <Table withTableBorder striped fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{r.source}</Table.Th>
              <Table.Th ta="right">{r.amount}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.bySource.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={2}>
                  <Text size="sm" c="dimmed">
                    {r.empty}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {view.bySource.map((s) => (
              <Table.Tr key={s.key} data-testid="fund-report-source" data-key={s.key}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td ta="right">{formatMoney(s.amountVnd)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td>{r.totalIn}</Table.Td>
              <Table.Td ta="right" data-testid="fund-report-total-in">
                {formatMoney(view.totals.inVnd)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Paper>
      <Paper withBorder radius="md" p="md" data-testid="fund-report-levels">
        <Title order={5} mb="sm">
          {r.byLevel}
        </Title>
        <Table withTableBorder fz="sm" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{r.level}</Table.Th>
              <Table.Th ta="right">{r.count}</Table.Th>
              <Table.Th ta="right">{r.amount}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.byLevel.flatMap((level) => [
              <Table.Tr key={level.level} fw={600} data-testid="fund-report-level" data-level={level.level}>
                <Table.Td>{level.name}</Table.Td>
                <Table.Td ta="right">{level.count}</Table.Td>
                <Table.Td ta="right">{formatMoney(level.amountVnd)}</Table.Td>
              </Table.Tr>,
              ...view.byAward
                .filter((a) => a.level === level.level)
                .map((a) => (
                  <Table.Tr key={`${level.level}-${a.awardCode}`} data-testid="fund-report-award">
                    <Table.Td pl="xl">{a.awardName}</Table.Td>
                    <Table.Td ta="right">{a.count}</Table.Td>
                    <Table.Td ta="right">{formatMoney(a.amountVnd)}</Table.Td>
                  </Table.Tr>
                )),
            ])}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Td>{r.totalOut}</Table.Td>
              <Table.Td ta="right">{view.byLevel.reduce((s, l) => s + l.count, 0)}</Table.Td>
              <Table.Td ta="right" data-testid="fund-report-total-out">
                {formatMoney(view.totals.outVnd)}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Paper>
    </SimpleGrid>
  );
}
