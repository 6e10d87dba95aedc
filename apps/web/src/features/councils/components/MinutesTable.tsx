import { Paper, Table, Title } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { useMinutes } from '../api/get-minutes';

const c = ui.councils;

/** Biên bản kiểm phiếu: produced from the recorded counters, never from individual ballots. */
export function MinutesTable({ sessionId }: { sessionId: string }) {
  const { data } = useMinutes(sessionId, true);
  if (!data) return null;
  return (
    <Paper withBorder p="md">
      <Title order={4}>{c.minutes}</Title>
      <Table data-testid="council-minutes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{ui.proposals.subject}</Table.Th>
            <Table.Th>{c.yes}</Table.Th>
            <Table.Th>{c.no}</Table.Th>
            <Table.Th>{c.abstain}</Table.Th>
            <Table.Th>{c.result}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.items.map((i) => (
            <Table.Tr key={i.itemId} data-testid="minutes-row">
              <Table.Td>{i.subjectName}</Table.Td>
              <Table.Td>{i.yes}</Table.Td>
              <Table.Td>{i.no}</Table.Td>
              <Table.Td>{i.abstain}</Table.Td>
              <Table.Td>{i.resultText}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
