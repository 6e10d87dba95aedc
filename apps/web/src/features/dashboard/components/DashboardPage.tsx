import { Badge, Group, Paper, SimpleGrid, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingCommunity, IconBuildingOff, IconUsers } from '@tabler/icons-react';
import { lazy, type ReactNode, Suspense } from 'react';
import { t, ui } from '../../../i18n/ui';
import { formatNumber } from '../../../lib/format';
import { useMe } from '../../../lib/session/get-me';
import { useCan } from '../../../lib/session/use-can';
import { usePeopleTotal } from '../api/get-people-total';
import { useUnitCounts } from '../api/get-unit-counts';

// The charts library (recharts, through @mantine/charts) is the largest part of the web bundle:
// the figures above show at once and the charts follow in their own chunk.
const DashboardCharts = lazy(() => import('./DashboardCharts').then((m) => ({ default: m.DashboardCharts })));

function StatCard({
  label,
  value,
  icon,
  color,
  testId,
}: {
  label: string;
  value?: number | undefined;
  icon: ReactNode;
  color: string;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" wrap="nowrap">
        <Stack gap={4}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {label}
          </Text>
          {value === undefined ? (
            <Skeleton h={28} w={80} />
          ) : (
            <Title order={2} data-testid={testId}>
              {formatNumber(value)}
            </Title>
          )}
        </Stack>
        <ThemeIcon size={44} radius="md" variant="light" color={color}>
          {icon}
        </ThemeIcon>
      </Group>
    </Paper>
  );
}

/** `myWork`: the "Việc chờ tôi xử lý" block, composed by the router (features do not import each other). */
export function DashboardPage({ myWork }: { myWork?: ReactNode }) {
  const { data: me } = useMe();
  const can = useCan();
  const peopleTotal = usePeopleTotal(can('person:read'));
  const unitCounts = useUnitCounts(can('orgUnit:read'));
  if (!me) return null;
  const d = ui.dashboard;
  return (
    <Stack>
      <Paper withBorder radius="md" p="lg">
        <Title order={2} data-testid="page-title">
          {t(d.welcome, { name: me.user.fullName })}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="md">
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {d.roles}
            </Text>
            <Group gap={4}>
              {me.user.roles.map((role) => (
                <Badge key={role} variant="light" tt="none" data-testid="dashboard-role">
                  {ui.roles[role]}
                </Badge>
              ))}
            </Group>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {d.unit}
            </Text>
            <Text size="sm">{me.user.unitName}</Text>
          </Stack>
          <Stack gap={2}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {d.tenant}
            </Text>
            <Text size="sm">{me.user.tenantName}</Text>
          </Stack>
        </SimpleGrid>
      </Paper>
      {myWork}
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        {can('person:read') && (
          <StatCard
            label={d.peopleTotal}
            value={peopleTotal.data}
            icon={<IconUsers size={24} />}
            color="blue"
            testId="stat-people-total"
          />
        )}
        {can('orgUnit:read') && (
          <>
            <StatCard
              label={d.unitsActive}
              value={unitCounts.data?.active}
              icon={<IconBuildingCommunity size={24} />}
              color="green"
              testId="stat-units-active"
            />
            <StatCard
              label={d.unitsDissolved}
              value={unitCounts.data?.dissolved}
              icon={<IconBuildingOff size={24} />}
              color="gray"
              testId="stat-units-dissolved"
            />
          </>
        )}
      </SimpleGrid>
      <Suspense fallback={<Skeleton h={280} radius="md" />}>
        <DashboardCharts />
      </Suspense>
    </Stack>
  );
}
