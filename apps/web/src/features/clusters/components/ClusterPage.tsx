import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ui } from '../../../i18n/ui';
import { useCluster } from '../api/get-clusters';
import { ClusterBoard } from './ClusterBoard';
import { ClusterVoteCard } from './ClusterVoteCard';
import { LeadershipCard } from './LeadershipCard';
import { PledgesCard } from './PledgesCard';
import { ScoreChangesCard } from './ScoreChangesCard';
import { ScoreSheetCard } from './ScoreSheetCard';
import { TemplateCard } from './TemplateCard';

const c = ui.emulation.clusters;

export function ClusterPage({ clusterId }: { clusterId: string }) {
  const { data, error, isLoading } = useCluster(clusterId);
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !data) return <Text>{ui.app.loading}</Text>;
  return (
    <Stack>
      <PageHeader
        title={data.name}
        subtitle={`${c.kinds[data.kind]} · ${ui.emulation.year} ${data.year} · ${data.organiserUnitName} (${c.organiserLevels[data.organiserLevel]})`}
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder data-testid="cluster-members-card">
          <Title order={4} mb="xs">
            {c.members}
          </Title>
          <Stack gap={4}>
            {data.members.map((m) => (
              <Group key={m.id} gap={6}>
                <Text size="sm">{m.name}</Text>
                {m.isHead && (
                  <Badge size="xs" tt="none">
                    {c.head}
                  </Badge>
                )}
                {m.isDeputy && (
                  <Badge size="xs" variant="light" tt="none">
                    {c.deputy}
                  </Badge>
                )}
                {m.isAssessor && (
                  <Badge size="xs" variant="outline" tt="none">
                    {c.assessor}
                  </Badge>
                )}
              </Group>
            ))}
          </Stack>
          <Text size="sm" mt="sm">
            <b>{c.regulation}:</b> {data.regulationRef ?? ui.app.none}
          </Text>
          <Text size="sm">
            <b>{c.tieBreak}:</b> {ui.emulation.tieBreaks[data.tieBreak]}
          </Text>
        </Card>
        <LeadershipCard cluster={data} />
      </SimpleGrid>
      <PledgesCard cluster={data} />
      <ClusterBoard cluster={data} />
      <ClusterVoteCard cluster={data} />
      <TemplateCard cluster={data} />
      {data.template && <ScoreSheetCard cluster={data} />}
      <ScoreChangesCard clusterId={data.id} />
    </Stack>
  );
}
