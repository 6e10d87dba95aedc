import { Table, Text } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import type { ImportProblem } from '../api/imports.types';

/** The dry-run problems, one line per cell: row, column, problem, suggestion. */
export function ImportReportTable({ problems }: { problems: ImportProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <Table striped withTableBorder data-testid="import-problems">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{ui.imports.row}</Table.Th>
          <Table.Th>{ui.imports.column}</Table.Th>
          <Table.Th>{ui.imports.problem}</Table.Th>
          <Table.Th>{ui.imports.suggestion}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {problems.map((p) => (
          <Table.Tr key={`${p.row}-${p.column}-${p.problem}`} data-testid="import-problem-row">
            <Table.Td>{p.row}</Table.Td>
            <Table.Td>{p.column ?? ui.app.none}</Table.Td>
            <Table.Td>{p.problem}</Table.Td>
            <Table.Td>
              <Text size="sm" c="dimmed">
                {p.suggestion ?? ui.app.none}
              </Text>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
