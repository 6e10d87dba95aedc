import { Badge, Button, Center, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { ui } from '../../../i18n/ui';
import { type TenantAward, useTenantAwards } from '../api/tenant-awards';
import { TenantAwardForm } from './TenantAwardForm';

const t = ui.tenantAwards;
const vnDate = (iso: string) => iso.split('-').reverse().join('/');
const coefficientText = (c: number | null) => (c === null ? '—' : String(c).replace('.', ','));

/** Danh hiệu, hình thức riêng của tỉnh: every version of every code, and the form to add one. */
export function TenantAwardsPage() {
  const { data, error, isLoading } = useTenantAwards();
  // null: no form; 'new': a new code; a row: a new version of that code.
  const [editing, setEditing] = useState<'new' | TenantAward | null>(null);
  const items = data?.items ?? [];
  const latest = new Map(items.map((a) => [a.code, a]));
  return (
    <Stack gap="md">
      <PageHeader title={t.title} subtitle={t.subtitle} />
      {error && <ErrorAlert error={error} />}
      {editing ? (
        <TenantAwardForm
          key={editing === 'new' ? 'new' : `${editing.code}-${editing.version}`}
          base={editing === 'new' ? null : editing}
          onDone={() => setEditing(null)}
        />
      ) : (
        <Group>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')} data-testid="ta-add">
            {t.addNew}
          </Button>
        </Group>
      )}
      <Paper withBorder radius="md" p="md">
        <Title order={4} mb="sm">
          {t.listTitle}
        </Title>
        {isLoading && (
          <Center py="md">
            <Loader />
          </Center>
        )}
        {data && items.length === 0 && <Text c="dimmed">{t.empty}</Text>}
        {items.length > 0 && (
          <Table striped data-testid="ta-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.columns.code}</Table.Th>
                <Table.Th>{t.columns.version}</Table.Th>
                <Table.Th>{t.columns.name}</Table.Th>
                <Table.Th>{t.columns.level}</Table.Th>
                <Table.Th>{t.columns.money}</Table.Th>
                <Table.Th>{t.columns.effective}</Table.Th>
                <Table.Th>{t.columns.citation}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((a) => (
                <Table.Tr key={a.id} data-testid={`ta-row-${a.code}-${a.version}`}>
                  <Table.Td>{a.code}</Table.Td>
                  <Table.Td>
                    <Badge variant="light">{a.version}</Badge>
                  </Table.Td>
                  <Table.Td>{a.name}</Table.Td>
                  <Table.Td>{t.levels[a.level as keyof typeof t.levels] ?? a.level}</Table.Td>
                  <Table.Td>{coefficientText(a.coefficient)}</Table.Td>
                  <Table.Td>
                    {a.effectiveTo
                      ? t.inForceRange(vnDate(a.effectiveFrom), vnDate(a.effectiveTo))
                      : t.inForceSince(vnDate(a.effectiveFrom))}
                  </Table.Td>
                  <Table.Td>{a.citation}</Table.Td>
                  <Table.Td>
                    {latest.get(a.code) === a && (
                      <Button
                        size="xs"
                        variant="light"
                        onClick={() => setEditing(a)}
                        data-testid={`ta-new-version-${a.code}`}
                      >
                        {t.newVersion}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>
    </Stack>
  );
}
