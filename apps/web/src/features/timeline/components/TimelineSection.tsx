import { Badge, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import type { Timeline } from '../api/timeline.types';
import {
  AwardItems,
  ConductItems,
  InitiativeItems,
  type ItemActions,
  RatingItems,
  type RowActions,
} from './TimelineItems';

const tl = ui.timeline;

type Props = {
  data: Timeline | undefined;
  error: unknown;
  isLoading: boolean;
  /**
   * Buttons to add records and print reports, composed in by the router (records, documents),
   * with what the reader may do on the subject (the timeline's allowedActions).
   */
  toolbar?: (subject: Timeline['subject'], allowed: Timeline['allowedActions']) => ReactNode;
  itemActions?: ItemActions;
};

/** "Lịch sử": one row per year, newest first; years inside a chain are highlighted. */
export function TimelineSection({ data, error, isLoading, toolbar, itemActions }: Props) {
  const years = [...(data?.years ?? [])].reverse();
  // A row is changed under its own subject's scope: the subject's flag, or its predecessor's.
  const rowActions: RowActions | undefined =
    data && itemActions
      ? (item, sourceSubjectId) => {
          const source = data.predecessors.find((p) => p.id === sourceSubjectId);
          return itemActions(item, (source ?? data).allowedActions.writeRecords);
        }
      : undefined;
  // An award names the initiatives it used by id; they may be of any year of the timeline.
  const initiativeTitles = new Map(
    (data?.years ?? []).flatMap((y) => y.initiatives.map((i) => [i.id, i.title] as const)),
  );
  return (
    <Paper withBorder radius="md" p="lg" data-testid="timeline">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{tl.title}</Title>
        <Group gap="xs">{data && toolbar?.(data.subject, data.allowedActions)}</Group>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      {isLoading && (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      )}
      {data && (
        <Stack gap="sm">
          {data.predecessors.length > 0 && (
            <Text size="sm" c="dimmed" data-testid="timeline-predecessors">
              {t(tl.predecessorsNote, { names: data.predecessors.map((p) => p.name).join(', ') })}
            </Text>
          )}
          {data.chains.length > 0 && (
            <Group gap="xs" data-testid="timeline-chains">
              <Text size="sm" fw={500}>
                {tl.chains}:
              </Text>
              {data.chains.map((c) => (
                <Badge
                  key={`${c.subjectId}-${c.awardCode}-${c.fromYear}`}
                  color="teal"
                  variant="filled"
                  tt="none"
                  data-testid="timeline-chain"
                >
                  {c.label}
                </Badge>
              ))}
            </Group>
          )}
          {years.length === 0 ? (
            <Text size="sm" c="dimmed" data-testid="timeline-empty">
              {tl.empty}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={800}>
              <Table verticalSpacing="xs" striped={false}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={70}>{ui.people.detail.year}</Table.Th>
                    <Table.Th>{tl.rating}</Table.Th>
                    <Table.Th>{tl.titles}</Table.Th>
                    <Table.Th>{tl.forms}</Table.Th>
                    <Table.Th>{tl.initiatives}</Table.Th>
                    <Table.Th>
                      {tl.disciplines} / {tl.holds}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {years.map((y) => {
                    const inChain = y.chains.length > 0;
                    return (
                      <Table.Tr
                        key={y.year}
                        data-testid="timeline-year"
                        data-year={y.year}
                        data-in-chain={inChain}
                        style={
                          inChain ? { boxShadow: 'inset 4px 0 0 var(--mantine-color-teal-6)' } : undefined
                        }
                      >
                        <Table.Td fw={600}>{y.year}</Table.Td>
                        <Table.Td>
                          <Stack gap={4}>
                            <RatingItems year={y} actions={rowActions} />
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4}>
                            <AwardItems
                              awards={y.titles}
                              initiativeTitles={initiativeTitles}
                              actions={rowActions}
                            />
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4}>
                            <AwardItems
                              awards={y.forms}
                              initiativeTitles={initiativeTitles}
                              actions={rowActions}
                            />
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4}>
                            <InitiativeItems year={y} actions={rowActions} />
                          </Stack>
                        </Table.Td>
                        <Table.Td>
                          <Stack gap={4}>
                            <ConductItems year={y} actions={rowActions} />
                          </Stack>
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      )}
    </Paper>
  );
}
