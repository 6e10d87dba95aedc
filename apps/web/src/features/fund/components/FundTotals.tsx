import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { formatMoney } from '../../../lib/format';
import type { FundOverview } from '../api/fund.types';

const tt = ui.fund.totals;

function Figure({
  label,
  value,
  testId,
  danger,
}: {
  label: string;
  value: number;
  testId: string;
  danger?: boolean;
}) {
  return (
    <Paper withBorder radius="md" p="md">
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Title order={3} c={danger ? 'red' : undefined} data-testid={testId}>
        {formatMoney(value)}
      </Title>
    </Paper>
  );
}

/** Opening balance, the year's money in and out, and the closing balance (red when negative). */
export function FundTotals({ totals }: { totals: FundOverview['totals'] }) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} mb="md">
      <Figure label={tt.opening} value={totals.openingVnd} testId="fund-opening" />
      <Figure label={tt.in} value={totals.inVnd} testId="fund-in" />
      <Figure label={tt.out} value={totals.outVnd} testId="fund-out" />
      <Figure
        label={tt.closing}
        value={totals.closingVnd}
        testId="fund-closing"
        danger={totals.closingVnd < 0}
      />
    </SimpleGrid>
  );
}
