import {
  Alert,
  Badge,
  Button,
  Card,
  FileButton,
  Group,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { AWARD_NAMES } from '@vinhdanh/domain/rules/names';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useMovement } from '../api/get-movement';
import { useAttachMovementDocument, useTransitionMovement } from '../api/movement-commands';
import { RegistrationsCard } from './RegistrationsCard';

const m = ui.emulation.movements;
const awardName = (code: string) => AWARD_NAMES[code as AwardCode]?.name ?? code;

export function MovementPage({ movementId }: { movementId: string }) {
  const { data, error, isLoading } = useMovement(movementId);
  const transition = useTransitionMovement(movementId);
  const attach = useAttachMovementDocument(movementId);
  if (error) return <ErrorAlert error={error} />;
  if (isLoading || !data) return <Text>{ui.app.loading}</Text>;
  const registered = data.participants.filter((p) => p.registered).length;
  const upload = (file: File | null) => {
    if (file) attach.mutate({ version: data.version, file });
  };
  return (
    <Stack>
      <PageHeader
        title={data.title}
        subtitle={`${ui.emulation.forms[data.form]} · ${ui.emulation.states[data.state]} · ${data.ownerUnitName}`}
        actions={
          data.allowedActions.manage &&
          data.nextStates.map((to) => (
            <Button
              key={to}
              variant="light"
              loading={transition.isPending}
              onClick={() => transition.mutate({ version: data.version, to })}
              data-testid={`movement-to-${to}`}
            >
              {ui.emulation.transitionTo[to]}
            </Button>
          ))
        }
      />
      {(transition.error || attach.error) && <ErrorAlert error={transition.error ?? attach.error} />}
      {data.form === 'CHUYEN_DE' && <Alert color="grape">{m.kindNote}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Stack gap={4}>
            <Text size="sm">
              <b>{m.theme}:</b> {data.theme ?? ui.app.none}
            </Text>
            <Text size="sm">
              <b>{m.authority}:</b> {data.launchingAuthority} ({ui.emulation.levels[data.level]})
            </Text>
            <Text size="sm">
              <b>{m.period}:</b> {formatDate(data.startDate)} – {formatDate(data.endDate)}
            </Text>
            <Text size="sm">
              <b>{m.goals}:</b> {data.goals ?? ui.app.none}
            </Text>
            <Text size="sm">
              <b>{m.milestones}:</b>{' '}
              {data.milestones
                .map((ms) => `${ui.emulation.milestones[ms.kind]} ${formatDate(ms.dueOn)}`)
                .join('; ') || ui.app.none}
            </Text>
            <Group gap="xs">
              <Text size="sm">
                <b>{m.document}:</b> {data.launchDocument?.name ?? m.noDocument}
              </Text>
              {data.allowedActions.manage && (
                <FileButton onChange={upload}>
                  {(props) => (
                    <Button size="xs" variant="subtle" {...props}>
                      {m.attach}
                    </Button>
                  )}
                </FileButton>
              )}
            </Group>
          </Stack>
        </Card>
        <Card withBorder>
          <Title order={5}>{m.participation}</Title>
          {/* One count of participating units on the page: the units listed below. The scope's
              total of units at every level is a different figure and says so. */}
          <Text size="sm" mb={4} data-testid="movement-participant-count">
            {t(m.participants, { count: data.participants.length })}
          </Text>
          {data.participantCount !== data.participants.length && (
            <Text size="xs" c="dimmed" mb={4} data-testid="movement-scope-count">
              {t(m.scopeUnits, { count: data.participantCount })}
            </Text>
          )}
          <Progress value={data.participants.length ? (registered / data.participants.length) * 100 : 0} />
          <Text size="xs" c="dimmed" mt={4} data-testid="movement-registered-count">
            {registered}/{data.participants.length} {m.registered.toLowerCase()}
          </Text>
          <Title order={5} mt="sm">
            {m.results}
          </Title>
          <Text size="sm">
            {m.awards}: {data.awards.length}
          </Text>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={4} mb="xs" data-testid="movement-participants-title">
          {t(m.participants, { count: data.participants.length })}
        </Title>
        <Group gap={6}>
          {data.participants.map((p) => (
            <Badge
              key={p.id}
              variant={p.registered ? 'filled' : 'outline'}
              tt="none"
              data-testid="movement-participant"
            >
              {p.name}
            </Badge>
          ))}
        </Group>
      </Card>
      <RegistrationsCard movement={data} />
      <Card withBorder data-testid="movement-awards">
        <Title order={4} mb="xs">
          {m.awards}
        </Title>
        {data.awards.length === 0 ? (
          <Text c="dimmed">{m.noAwards}</Text>
        ) : (
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{m.subject}</Table.Th>
                <Table.Th>{m.awardCode}</Table.Th>
                <Table.Th>{ui.emulation.year}</Table.Th>
                <Table.Th>{m.decision}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.awards.map((a) => (
                <Table.Tr key={a.id} data-testid="movement-award-row">
                  <Table.Td>{a.subjectName}</Table.Td>
                  <Table.Td>
                    {awardName(a.awardCode)}{' '}
                    {a.kind === 'CHUYEN_DE' && (
                      <Badge size="xs" color="grape" tt="none">
                        {ui.emulation.forms.CHUYEN_DE}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{a.year}</Table.Td>
                  <Table.Td>{a.decisionNumber ?? ui.app.none}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
