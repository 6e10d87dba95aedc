import { Button, Card, Group, Loader, Stack, Table, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { VnDateInput } from '../../../components/VnDateInput';
import { ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useConferences, useCreateConference } from '../api/model-conferences';

const c = ui.models.conferences;

/** "Hội nghị điển hình tiên tiến": the office's conferences, and a new one. */
export function ConferencesPage() {
  const list = useConferences();
  const create = useCreateConference();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState<string | null>(null);
  const [venue, setVenue] = useState('');
  return (
    <>
      <PageHeader title={c.title} subtitle={c.subtitle} />
      <Stack>
        <Card withBorder>
          <form
            noValidate
            data-testid="conference-create"
            onSubmit={(e) => {
              e.preventDefault();
              create.mutate(
                { title, heldOn: heldOn ?? '', venue },
                {
                  onSuccess: (r) =>
                    void navigate({
                      to: '/hoi-nghi-dien-hinh/$conferenceId',
                      params: { conferenceId: r.id },
                    }),
                },
              );
            }}
          >
            <Stack>
              {create.error ? <ErrorAlert error={create.error} /> : null}
              <TextInput
                label={c.name}
                required
                value={title}
                onChange={(e) => setTitle(e.currentTarget.value)}
              />
              <Group grow align="flex-start">
                <VnDateInput label={c.heldOn} required value={heldOn} onChange={setHeldOn} />
                <TextInput
                  label={c.venue}
                  required
                  value={venue}
                  onChange={(e) => setVenue(e.currentTarget.value)}
                />
              </Group>
              <Group>
                <Button type="submit" loading={create.isPending}>
                  {c.create}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
        {list.error && <ErrorAlert error={list.error} />}
        {list.isPending ? (
          <Loader />
        ) : (
          <Table striped data-testid="conference-list">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{c.name}</Table.Th>
                <Table.Th>{c.heldOn}</Table.Th>
                <Table.Th>{c.venue}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data?.items ?? []).map((k) => (
                <Table.Tr key={k.id}>
                  <Table.Td>
                    <RouterAnchor to="/hoi-nghi-dien-hinh/$conferenceId" params={{ conferenceId: k.id }}>
                      {k.title}
                    </RouterAnchor>
                  </Table.Td>
                  <Table.Td>{formatDate(k.heldOn)}</Table.Td>
                  <Table.Td>{k.venue}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </>
  );
}
