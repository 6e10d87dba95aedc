import { BarChart, LineChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text, Title } from '@mantine/core';
import { STATE_LABELS } from '@vinhdanh/domain/workflow/states';
import { t, ui } from '../../../i18n/ui';
import { formatMoney, formatNumber } from '../../../lib/format';
import { useCan } from '../../../lib/session/use-can';
import { useDashboard } from '../api/get-dashboard';

const d = ui.dashboard;
const levels = ui.reports.fairness.levels;

function ChartCard({
  title,
  testId,
  children,
}: {
  title: string;
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title order={5} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The charts each role needs, from one aggregate request over the user's subtree. */
export function DashboardCharts() {
  const can = useCan();
  const { data } = useDashboard(can('report:read'));
  if (!data) return null;
  const year = String(data.year);
  const fund = data.fund;
  const last = String(data.year - 1);
  const byLevel = data.awardsByLevel.map((p) => ({
    level: levels[p.level] ?? p.level,
    [year]: p.thisYear,
    [last]: p.lastYear,
  }));
  const queueStates = [...new Set((data.queue ?? []).map((q) => q.state))];
  const queue = queueStates.map((state) => ({
    state: STATE_LABELS[state as keyof typeof STATE_LABELS] ?? state,
    ...Object.fromEntries(
      Object.keys(d.queueDue).map((due) => [
        d.queueDue[due],
        data.queue?.find((q) => q.state === state && q.due === due)?.n ?? 0,
      ]),
    ),
  }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <ChartCard title={t(d.awardsByLevel, { year, last })} testId="chart-awards-by-level">
        <BarChart
          h={220}
          data={byLevel}
          dataKey="level"
          withLegend
          series={[
            { name: last, color: 'gray.5' },
            { name: year, color: 'blue.6' },
          ]}
        />
      </ChartCard>
      <ChartCard title={d.trend} testId="chart-trend">
        <LineChart
          h={220}
          data={data.trend.map((p) => ({ year: String(p.year), [d.awards]: p.awards }))}
          dataKey="year"
          series={[{ name: d.awards, color: 'teal.6' }]}
        />
      </ChartCard>
      {can('decision:issue') && (
        <ChartCard title={d.money} testId="chart-money">
          <BarChart
            h={220}
            data={data.trend.map((p) => ({
              year: String(p.year),
              [d.moneyAwarded]: p.moneyVnd,
              // What the fund's ledger says was paid, beside what the decisions granted.
              ...(fund ? { [d.moneyPaid]: fund.byYear.find((y) => y.year === p.year)?.paidVnd ?? 0 } : {}),
            }))}
            dataKey="year"
            withLegend={fund !== null}
            valueFormatter={formatNumber}
            series={[
              { name: d.moneyAwarded, color: 'orange.6' },
              ...(fund ? [{ name: d.moneyPaid, color: 'teal.6' }] : []),
            ]}
          />
          {fund && (
            <Text size="sm" mt="xs" data-testid="dashboard-fund-balance">
              {t(d.fundBalance, { year, amount: formatMoney(fund.closingVnd) })}
            </Text>
          )}
        </ChartCard>
      )}
      {data.queue && (
        <ChartCard title={d.queue} testId="chart-queue">
          <BarChart
            h={220}
            data={queue}
            dataKey="state"
            type="stacked"
            withLegend
            series={[
              { name: d.queueDue.OVERDUE!, color: 'red.6' },
              { name: d.queueDue.WEEK!, color: 'yellow.6' },
              { name: d.queueDue.LATER!, color: 'green.6' },
              { name: d.queueDue.NONE!, color: 'gray.5' },
            ]}
          />
        </ChartCard>
      )}
      {data.fairness && (
        <ChartCard title={d.fairness} testId="chart-fairness">
          <BarChart
            h={220}
            data={data.fairness.map((f) => ({
              label: f.label.split(' (')[0],
              [d.share]: f.sharePct ?? 0,
              [d.target]: f.targetPct ?? 0,
            }))}
            dataKey="label"
            withLegend
            series={[
              { name: d.share, color: 'blue.6' },
              { name: d.target, color: 'red.4' },
            ]}
          />
        </ChartCard>
      )}
      {data.eligibleNotProposed !== null && (
        <Paper withBorder radius="md" p="md" data-testid="dashboard-eligible">
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(d.eligible, { year })}
          </Text>
          <Title order={2}>{formatNumber(data.eligibleNotProposed)}</Title>
        </Paper>
      )}
    </SimpleGrid>
  );
}
