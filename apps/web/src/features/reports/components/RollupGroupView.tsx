import { Code, Select, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { t, ui } from '../../../i18n/ui';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import type { RollupGroup } from '../api/rollup';
import { shortHash } from '../api/snapshots';

const r = ui.reports.rollup;

/**
 * One definition version of the roll-up. A form has up to a dozen columns, so the table shows one
 * column of the form at a time (Tổng số first) with the sum and then one column per province:
 * every row reads across as "the whole country, then each province".
 */
export function RollupGroupView({ group }: { group: RollupGroup }) {
  const [column, setColumn] = useState(group.columns[0]?.code ?? '');
  const value = (cells: Record<string, Record<string, number>>, row: string) => cells[row]?.[column] ?? 0;
  return (
    <Stack gap="sm" data-testid={`rollup-group-${group.version}`}>
      <Title order={4} ta="center" tt="uppercase">
        {t(r.versionTitle, { title: group.title, form: group.form, version: group.version })}
      </Title>
      <Select
        label={r.column}
        data={group.columns.map((c) => ({ value: c.code, label: `${c.code}. ${c.label}` }))}
        value={column}
        onChange={(v) => v && setColumn(v)}
        allowDeselect={false}
        w={420}
        data-testid="rollup-column"
      />
      <Table.ScrollContainer minWidth={700}>
        <Table withTableBorder withColumnBorders striped fz="xs" data-testid="rollup-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th miw={260}>{r.line}</Table.Th>
              <Table.Th ta="center">{ui.reports.forms.code}</Table.Th>
              <Table.Th ta="center" bg="var(--mantine-color-blue-light)">
                {r.total}
              </Table.Th>
              {group.senders.map((s) => (
                <Table.Th key={s.code} ta="center" data-testid={`rollup-sender-head-${s.code}`}>
                  {s.name}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.rows.map((row) => (
              <Table.Tr key={row.code} fw={row.isHeading || row.depth === 0 ? 700 : undefined}>
                <Table.Td pl={8 + row.depth * 14}>{row.label}</Table.Td>
                <Table.Td ta="center">{row.isHeading ? '' : row.code}</Table.Td>
                {row.isHeading ? (
                  <Table.Td colSpan={group.senders.length + 1} />
                ) : (
                  <>
                    <Table.Td
                      ta="center"
                      fw={700}
                      bg="var(--mantine-color-blue-light)"
                      data-testid={`rollup-total-${row.code}`}
                    >
                      {formatNumber(value(group.total, row.code))}
                    </Table.Td>
                    {group.senders.map((s) => (
                      <Table.Td key={s.code} ta="center" data-testid={`rollup-cell-${row.code}-${s.code}`}>
                        {formatNumber(value(s.cells, row.code))}
                      </Table.Td>
                    ))}
                  </>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Title order={5}>{r.senders}</Title>
      <Table.ScrollContainer minWidth={800}>
        <Table striped fz="sm" data-testid="rollup-senders">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{r.senderName}</Table.Th>
              <Table.Th>{r.senderVersion}</Table.Th>
              <Table.Th ta="center">{r.senderRevision}</Table.Th>
              <Table.Th>{r.senderSigner}</Table.Th>
              <Table.Th>{r.senderSignedOn}</Table.Th>
              <Table.Th>{r.senderImportedAt}</Table.Th>
              <Table.Th>{r.senderHash}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {group.senders.map((s) => (
              <Table.Tr key={s.code} data-testid={`rollup-sender-${s.code}`}>
                <Table.Td>{s.name}</Table.Td>
                <Table.Td>{group.version}</Table.Td>
                <Table.Td ta="center" data-testid="rollup-sender-revision">
                  {s.revision}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{s.signerName}</Text>
                  {s.signerPosition && (
                    <Text size="xs" c="dimmed">
                      {s.signerPosition}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDate(s.frozenOn)}</Table.Td>
                <Table.Td>{formatDateTime(s.importedAt)}</Table.Td>
                <Table.Td>
                  <Tooltip label={t(ui.reports.snapshots.hashTitle, { hash: s.contentHash })}>
                    <Code>{shortHash(s.contentHash)}</Code>
                  </Tooltip>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
