import { BarChart } from '@mantine/charts';
import { Badge, Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';
import type { ClusterDetail } from '../api/clusters.types';

const b = ui.emulation.board;
const statusLabel = {
  NONE: ui.emulation.scoring.none,
  DRAFT: ui.emulation.scoring.draft,
  SUBMITTED: ui.emulation.scoring.submitted,
};

/** Progress, ranking (a chart of the totals above the table of the same figures) and outliers. */
export function ClusterBoard({ cluster }: { cluster: ClusterDetail }) {
  const { board, members } = cluster;
  const max = cluster.template?.maxTotal || Math.max(1, ...board.ranking.map((r) => r.total));
  return (
    <Card withBorder data-testid="cluster-board">
      <Title order={4} mb="xs">
        {b.title}
      </Title>
      <Text size="sm">{t(b.progress, { done: board.submittedCount, total: members.length })}</Text>
      <Progress value={members.length ? (board.submittedCount / members.length) * 100 : 0} mb="md" />
      <SimpleGrid cols={{ base: 1, lg: 3 }}>
        <Stack style={{ gridColumn: 'span 2' }}>
          <Title order={5}>{b.ranking}</Title>
          {board.ranking.length > 0 && (
            <BarChart
              h={Math.max(140, 32 * board.ranking.length)}
              data={board.ranking.map((r) => ({ unit: r.unitName, [b.total]: r.total }))}
              dataKey="unit"
              orientation="vertical"
              yAxisProps={{ width: 220 }}
              series={[{ name: b.total, color: 'blue.6' }]}
              withLegend={false}
              data-testid="cluster-ranking-chart"
            />
          )}
          <Table striped data-testid="cluster-ranking">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{b.rank}</Table.Th>
                <Table.Th>{b.unit}</Table.Th>
                <Table.Th>{b.total}</Table.Th>
                <Table.Th>{b.selfTotal}</Table.Th>
                <Table.Th>{b.crossTotal}</Table.Th>
                <Table.Th>{b.status}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {board.ranking.map((r) => (
                <Table.Tr key={r.unitId} data-testid="cluster-ranking-row">
                  <Table.Td>{r.rank}</Table.Td>
                  <Table.Td>{r.unitName}</Table.Td>
                  <Table.Td miw={160}>
                    <Group gap={6} wrap="nowrap">
                      <Text size="sm" w={48}>
                        {r.total}
                      </Text>
                      <Progress value={(r.total / max) * 100} w={100} />
                    </Group>
                  </Table.Td>
                  <Table.Td>{r.selfTotal ?? ui.app.none}</Table.Td>
                  <Table.Td>{r.crossTotal ?? ui.app.none}</Table.Td>
                  <Table.Td>
                    <Badge
                      size="sm"
                      variant="light"
                      tt="none"
                      color={r.selfStatus === 'SUBMITTED' ? 'green' : 'gray'}
                    >
                      {statusLabel[r.selfStatus]}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack>
          <Title order={5}>{b.notSubmitted}</Title>
          {board.notSubmitted.length === 0 ? (
            <Text size="sm" c="dimmed">
              {b.allSubmitted}
            </Text>
          ) : (
            <Stack gap={2} data-testid="cluster-not-submitted">
              {board.notSubmitted.map((u) => (
                <Text key={u.id} size="sm">
                  {u.name}
                </Text>
              ))}
            </Stack>
          )}
          <Title order={5}>{b.outliers}</Title>
          {board.outliers.length === 0 ? (
            <Text size="sm" c="dimmed">
              {b.noOutliers}
            </Text>
          ) : (
            board.outliers.map((o) => (
              <Text key={`${o.assessorUnitName}-${o.memberUnitName}`} size="sm" c="orange">
                {t(b.outlierRow, {
                  assessor: o.assessorUnitName,
                  member: o.memberUnitName,
                  total: o.total,
                  median: o.median,
                  deviation: o.deviation,
                })}
              </Text>
            ))
          )}
        </Stack>
      </SimpleGrid>
    </Card>
  );
}
