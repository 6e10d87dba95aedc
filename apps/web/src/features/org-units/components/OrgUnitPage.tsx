import { Badge, Button, Center, Grid, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import {
  IconArrowLeft,
  IconArrowMerge,
  IconArrowsSplit,
  IconPencil,
  IconPlus,
  IconUsers,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { RouterButton } from '../../../components/RouterButton';
import { ui } from '../../../i18n/ui';
import { formatDate, formatNumber } from '../../../lib/format';
import { useOrgUnit } from '../api/get-org-unit';
import { useOrgUnitHistory } from '../api/get-org-unit-history';
import { CreateUnitModal } from './CreateUnitModal';
import { LineageTimeline } from './LineageTimeline';
import { MergeUnitsModal } from './MergeUnitsModal';
import { RenameUnitModal } from './RenameUnitModal';
import { SplitUnitModal } from './SplitUnitModal';
import { UnitHistoryTable } from './UnitHistoryTable';

const o = ui.orgUnits;

function Stat({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <Text size="sm" fw={500} component="div" data-testid={testId}>
        {children}
      </Text>
    </Stack>
  );
}

type Props = {
  unitId: string;
  /** Eligibility and suggestions, composed in by the router so this feature does not import another. */
  eligibility?: ReactNode;
  /** The "Lịch sử" timeline (with predecessors' years), composed in by the router. */
  timeline?: ReactNode;
};

export function OrgUnitPage({ unitId, eligibility, timeline }: Props) {
  const { data, error, isLoading } = useOrgUnit(unitId);
  const history = useOrgUnitHistory(unitId);
  const [mergeOpened, merge] = useDisclosure(false);
  const [createOpened, create] = useDisclosure(false);
  const [renameOpened, rename] = useDisclosure(false);
  const [splitOpened, split] = useDisclosure(false);

  if (isLoading) {
    return (
      <Center py="xl">
        <Loader />
      </Center>
    );
  }
  if (error || !data) return <ErrorAlert error={error} />;
  const { unit } = data;
  // What the user may do on this unit comes with it (the server's policy, scope included).
  const may = data.allowedActions;
  const isActive = unit.status === 'ACTIVE';

  return (
    <Stack>
      <RouterAnchor to="/don-vi" size="sm">
        <IconArrowLeft size={14} style={{ verticalAlign: 'middle' }} /> {o.back}
      </RouterAnchor>
      <PageHeader
        title={unit.name}
        subtitle={
          <Badge color={isActive ? 'green' : 'gray'} variant="light" tt="none" data-testid="org-unit-status">
            {isActive ? o.active : o.dissolved}
          </Badge>
        }
        actions={
          <>
            {may.readPeople && (
              <RouterButton
                to="/ca-nhan"
                search={{ unitId: unit.id }}
                variant="default"
                leftSection={<IconUsers size={16} />}
              >
                {o.viewPeople}
              </RouterButton>
            )}
            {may.addChild && isActive && (
              <Button
                variant="default"
                leftSection={<IconPlus size={16} />}
                onClick={create.open}
                data-testid="org-unit-create"
              >
                {o.form.openCreate}
              </Button>
            )}
            {may.rename && isActive && (
              <Button
                variant="default"
                leftSection={<IconPencil size={16} />}
                onClick={rename.open}
                data-testid="org-unit-rename"
              >
                {o.form.openRename}
              </Button>
            )}
            {may.split && isActive && unit.parentId && (
              <Button
                variant="default"
                leftSection={<IconArrowsSplit size={16} />}
                onClick={split.open}
                data-testid="org-unit-split"
              >
                {o.form.openSplit}
              </Button>
            )}
            {may.merge && isActive && (
              <Button
                leftSection={<IconArrowMerge size={16} />}
                onClick={merge.open}
                data-testid="org-unit-merge"
              >
                {o.merge.open}
              </Button>
            )}
          </>
        }
      />
      <Paper withBorder radius="md" p="lg">
        <SimpleGrid cols={{ base: 2, sm: 5 }}>
          <Stat label={o.code}>{unit.code}</Stat>
          <Stat label={o.type}>{o.types[unit.type] ?? unit.type}</Stat>
          <Stat label={o.validFrom}>{formatDate(unit.validFrom)}</Stat>
          <Stat label={o.validTo}>{formatDate(unit.validTo)}</Stat>
          <Stat label={o.peopleCount} testId="org-unit-people-count">
            {formatNumber(data.peopleCount)}
          </Stat>
        </SimpleGrid>
      </Paper>
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Paper withBorder radius="md" p="lg" h="100%" data-testid="org-unit-lineage">
            <Title order={4} mb="md">
              {o.lineageTitle}
            </Title>
            <LineageTimeline detail={data} />
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Paper withBorder radius="md" p="lg" data-testid="org-unit-history">
            <Title order={4} mb="md">
              {o.historyTitle}
            </Title>
            {history.error ? (
              <ErrorAlert error={history.error} />
            ) : (
              <UnitHistoryTable items={history.data ?? []} isLoading={history.isLoading} />
            )}
          </Paper>
        </Grid.Col>
      </Grid>
      {timeline}
      {may.readEligibility && eligibility}
      {(may.rename || may.split || may.merge) && (
        <>
          <MergeUnitsModal successor={unit} opened={mergeOpened} onClose={merge.close} />
          <RenameUnitModal
            key={`rename-${unit.version}`}
            unit={unit}
            opened={renameOpened}
            onClose={rename.close}
          />
          <SplitUnitModal unit={unit} opened={splitOpened} onClose={split.close} />
        </>
      )}
      {may.addChild && <CreateUnitModal parent={unit} opened={createOpened} onClose={create.close} />}
    </Stack>
  );
}
