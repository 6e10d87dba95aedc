import { Button, Card, Group, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { isRefusedDate, todayIso } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { useAddPledge } from '../api/cluster-commands';
import type { ClusterDetail } from '../api/clusters.types';

const c = ui.emulation.clusters;
type Values = { title: string; content: string; signedOn: string | null; signers: Record<string, string> };

/**
 * The cluster's giao ước: one pledge is signed by several member units. The API lets the organiser
 * (cluster:manage) record it; a member unit cannot file its own, so the form is organiser-only.
 */
export function PledgesCard({ cluster }: { cluster: ClusterDetail }) {
  const add = useAddPledge(cluster.id);
  const [open, setOpen] = useState(false);
  const form = useForm<Values>({
    initialValues: { title: '', content: '', signedOn: todayIso(), signers: {} },
    validate: {
      title: (v) => (v.trim() ? null : c.pledgeTitleRequired),
      signedOn: (v) => (v && !isRefusedDate(v) ? null : c.dateRequired),
      signers: (v) => (Object.values(v).some((s) => s.trim()) ? null : c.signatoryRequired),
    },
  });
  const submit = (v: Values) =>
    add.mutate(
      {
        title: v.title.trim(),
        content: v.content.trim() || undefined,
        signedOn: v.signedOn ?? '',
        signatories: cluster.members
          .filter((m) => v.signers[m.id]?.trim())
          .map((m) => ({ unitId: m.id, signerName: (v.signers[m.id] ?? '').trim() })),
      },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: c.pledgeSaved });
          form.reset();
          setOpen(false);
        },
      },
    );
  return (
    <Card withBorder data-testid="cluster-pledges">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{c.pledges}</Title>
        {cluster.allowedActions.manage && !open && (
          <Button size="xs" variant="light" onClick={() => setOpen(true)} data-testid="pledge-add">
            {c.addPledge}
          </Button>
        )}
      </Group>
      {open && (
        <form onSubmit={form.onSubmit(submit)} data-testid="pledge-form" noValidate>
          <Stack gap="xs" mb="md">
            {add.error && <ErrorAlert error={add.error} />}
            <TextInput label={c.pledgeTitle} withAsterisk {...form.getInputProps('title')} />
            <Textarea label={c.pledgeContent} autosize minRows={2} {...form.getInputProps('content')} />
            <VnDateInput label={c.signedOn} withAsterisk {...form.getInputProps('signedOn')} />
            <Text size="sm" fw={500}>
              {c.pledgeSigners}
            </Text>
            {cluster.members.map((m) => (
              <TextInput
                key={m.id}
                label={`${c.signerName} — ${m.name}`}
                aria-label={`${c.signerName} ${m.name}`}
                {...form.getInputProps(`signers.${m.id}`)}
                value={form.values.signers[m.id] ?? ''}
              />
            ))}
            {form.errors.signers && (
              <Text size="sm" c="red" role="alert">
                {form.errors.signers}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setOpen(false)}>
                {ui.app.cancel}
              </Button>
              <Button type="submit" loading={add.isPending} data-testid="pledge-submit">
                {c.pledgeSubmit}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      {cluster.pledges.length === 0 ? (
        <Text size="sm" c="dimmed">
          {c.noPledges}
        </Text>
      ) : (
        <Table data-testid="pledge-list">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{c.pledgeTitle}</Table.Th>
              <Table.Th>{c.signedOn}</Table.Th>
              <Table.Th>{c.signatories}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {cluster.pledges.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>{p.title}</Table.Td>
                <Table.Td>{formatDate(p.signedOn)}</Table.Td>
                <Table.Td>
                  {p.signatories.map((s) => (
                    <Text key={s.unitName} size="sm">
                      {s.unitName}: {s.signerName}
                    </Text>
                  ))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
