import { BarChart } from '@mantine/charts';
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';
import { formatNumber, formatPercent } from '../../../lib/format';
import type { FairnessIndicator, FairnessPoint } from '../api/fairness';

const f = ui.reports.fairness;
const pct = (p: FairnessPoint) =>
  p.isSuppressed ? f.suppressed : p.sharePct === null ? ui.app.none : formatPercent(p.sharePct);

type Props = { indicator: FairnessIndicator; onOpen: (level?: string) => void; canOpen: boolean };

function PointTable({
  points,
  label,
  onOpen,
  canOpen,
}: {
  points: FairnessPoint[];
  label: (k: string) => string;
  onOpen?: (k: string) => void;
  canOpen: boolean;
}) {
  return (
    <Table fz="xs" withTableBorder>
      <Table.Tbody>
        {points.map((p) => (
          <Table.Tr key={p.key} data-testid={`fairness-point-${p.key}`}>
            <Table.Td>{label(p.key)}</Table.Td>
            <Table.Td ta="right">
              {canOpen && onOpen && !p.isSuppressed && (p.count ?? 0) > 0 ? (
                <Anchor component="button" type="button" fz="xs" onClick={() => onOpen(p.key)}>
                  {formatNumber(p.count ?? 0)}
                </Anchor>
              ) : p.isSuppressed ? (
                f.suppressed
              ) : (
                formatNumber(p.count ?? 0)
              )}
            </Table.Td>
            <Table.Td ta="right" c={p.isShort ? 'red' : undefined}>
              {pct(p)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** One priority group: its overall share against the target, by year and by award level. */
export function IndicatorCard({ indicator: ind, onOpen, canOpen }: Props) {
  const reference =
    ind.targetPct === null
      ? []
      : [
          // Extend the axis to the target: a target above every bar must still be drawn.
          {
            y: ind.targetPct,
            label: t(f.targetValue, { pct: ind.targetPct }),
            color: 'red.6',
            ifOverflow: 'extendDomain' as const,
          },
        ];
  const chart = (points: FairnessPoint[], label: (k: string) => string) =>
    points.map((p) => ({ key: label(p.key), [f.share]: p.sharePct ?? 0 }));
  const levelLabel = (k: string) => f.levels[k] ?? k;
  return (
    <Paper withBorder radius="md" p="md" data-testid={`fairness-${ind.key}`} data-short={ind.overall.isShort}>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={4}>{ind.label}</Title>
          <Text size="sm" data-testid={`fairness-${ind.key}-overall`}>
            {t(f.overall, {
              share: pct(ind.overall),
              count: ind.overall.isSuppressed ? f.suppressed : formatNumber(ind.overall.count ?? 0),
              base: formatNumber(ind.overall.base),
              baseLabel: ind.baseLabel,
            })}
          </Text>
        </Stack>
        {ind.targetPct === null ? (
          <Badge variant="light" color="gray">
            {f.noTarget}
          </Badge>
        ) : (
          <Badge
            variant="filled"
            color={ind.overall.isShort ? 'red' : 'green'}
            data-testid={`fairness-${ind.key}-status`}
          >
            {ind.overall.isShort ? f.short : f.met} ({t(f.targetValue, { pct: ind.targetPct })})
          </Badge>
        )}
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} mt="sm">
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            {f.byYear}
          </Text>
          <BarChart
            h={160}
            data={chart(ind.byYear, String)}
            dataKey="key"
            series={[{ name: f.share, color: 'blue.6' }]}
            referenceLines={reference}
            withLegend={false}
          />
          <PointTable points={ind.byYear} label={String} canOpen={false} />
        </Stack>
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            {f.byLevel}
          </Text>
          <BarChart
            h={160}
            data={chart(ind.byLevel, levelLabel)}
            dataKey="key"
            series={[{ name: f.share, color: 'teal.6' }]}
            referenceLines={reference}
            withLegend={false}
          />
          <PointTable points={ind.byLevel} label={levelLabel} onOpen={onOpen} canOpen={canOpen} />
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}
