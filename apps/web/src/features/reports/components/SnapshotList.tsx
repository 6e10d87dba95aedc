import { Button, Code, Group, Paper, Table, Text, Title, Tooltip } from '@mantine/core';
import { IconFileSpreadsheet, IconJson } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { shortHash, snapshotFileUrl, useReportSnapshots } from '../api/snapshots';

const s = ui.reports.snapshots;

type Props = { year: number; unitId?: string | undefined };

/** The year's frozen reports in the chosen unit's subtree, newest first, each with its files. */
export function SnapshotList({ year, unitId }: Props) {
  const { data, error } = useReportSnapshots({ year, ...(unitId ? { unitId } : {}) });
  return (
    <Paper withBorder radius="md" p="md" mt="lg" data-testid="snapshot-list">
      <Title order={4} mb="sm">
        {t(s.title, { year })}
      </Title>
      {error && <ErrorAlert error={error} />}
      {data && data.items.length === 0 && (
        <Text size="sm" c="dimmed" data-testid="snapshot-empty">
          {s.empty}
        </Text>
      )}
      {data && data.items.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table striped fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{s.form}</Table.Th>
                <Table.Th>{s.period}</Table.Th>
                <Table.Th>{s.unit}</Table.Th>
                <Table.Th>{s.version}</Table.Th>
                <Table.Th ta="center">{s.revision}</Table.Th>
                <Table.Th>{s.signer}</Table.Th>
                <Table.Th>{s.signedOn}</Table.Th>
                <Table.Th>{s.hash}</Table.Th>
                <Table.Th>{s.download}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.items.map((r) => (
                <Table.Tr key={r.id} data-testid={`snapshot-${r.formCode}-${r.revision}`}>
                  <Table.Td>{r.formCode}</Table.Td>
                  <Table.Td>{t(s.periodYear, { year: r.year })}</Table.Td>
                  <Table.Td>{r.unitName}</Table.Td>
                  <Table.Td>{r.version}</Table.Td>
                  <Table.Td ta="center">{r.revision}</Table.Td>
                  <Table.Td>
                    <Text size="sm">{r.signerName}</Text>
                    {r.signerPosition && (
                      <Text size="xs" c="dimmed">
                        {r.signerPosition}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{formatDate(r.frozenOn)}</Table.Td>
                  <Table.Td>
                    <Tooltip label={t(s.hashTitle, { hash: r.contentHash })}>
                      <Code data-testid="snapshot-hash">{shortHash(r.contentHash)}</Code>
                    </Tooltip>
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <Button
                        component="a"
                        href={snapshotFileUrl(r.id, 'xlsx')}
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconFileSpreadsheet size={14} />}
                        data-testid="snapshot-xlsx"
                      >
                        {s.xlsx}
                      </Button>
                      <Button
                        component="a"
                        href={snapshotFileUrl(r.id, 'json')}
                        size="compact-sm"
                        variant="light"
                        leftSection={<IconJson size={14} />}
                        data-testid="snapshot-json"
                      >
                        {s.json}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
