import { Card, Table, Text, Title } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { formatDateTime } from '../../../lib/format';
import { useScoreChanges } from '../api/scores';

const ch = ui.emulation.changes;

/** The diff view: every change to a submitted score, old → new, with its reason and author. */
export function ScoreChangesCard({ clusterId }: { clusterId: string }) {
  const { data = [] } = useScoreChanges(clusterId);
  return (
    <Card withBorder data-testid="score-changes">
      <Title order={4} mb="xs">
        {ch.title}
      </Title>
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          {ch.empty}
        </Text>
      ) : (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{ch.when}</Table.Th>
              <Table.Th>{ch.who}</Table.Th>
              <Table.Th>{ui.emulation.scoring.member}</Table.Th>
              <Table.Th>{ch.what}</Table.Th>
              <Table.Th>{ch.oldNew}</Table.Th>
              <Table.Th>{ch.reason}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.map((c) => (
              <Table.Tr key={c.id} data-testid="score-change-row">
                <Table.Td>{formatDateTime(c.changedAt)}</Table.Td>
                <Table.Td>{c.changedByName}</Table.Td>
                <Table.Td>{c.memberUnitName}</Table.Td>
                <Table.Td>
                  {c.criterionCode} {c.criterionName}
                </Table.Td>
                <Table.Td>
                  <Text span td="line-through" c="red">
                    {c.oldValue}
                  </Text>{' '}
                  →{' '}
                  <Text span c="green" fw={600}>
                    {c.newValue}
                  </Text>
                </Table.Td>
                <Table.Td>{c.reason}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
