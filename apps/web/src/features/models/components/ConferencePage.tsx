import { Anchor, Button, Card, Group, Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import { formatDate } from '../../../lib/format';
import { conferenceDocument, useAddHonouree, useConference } from '../api/model-conferences';
import { useAwardOptions } from '../api/model-pickers';
import { usePublishedModels } from '../api/models';

const c = ui.models.conferences;

/** Honourees from the approved models (the office's published list), one at a time. */
function AddModel({ conferenceId, taken }: { conferenceId: string; taken: Set<string> }) {
  const add = useAddHonouree(conferenceId);
  const { data } = usePublishedModels();
  const options = (data?.items ?? [])
    .filter((m) => !taken.has(m.id))
    .map((m) => ({ value: m.id, label: `${m.title} — ${m.unitName}` }));
  return (
    <Stack gap="xs">
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <Select
        label={c.addModel}
        placeholder={c.pick}
        searchable
        data={options}
        value={null}
        onChange={(modelId) => modelId && add.mutate({ modelId })}
        disabled={add.isPending}
      />
    </Stack>
  );
}

/** Honourees from the awards, found by the recipient's name. */
function AddAward({ conferenceId, taken }: { conferenceId: string; taken: Set<string> }) {
  const add = useAddHonouree(conferenceId);
  const name = useAwardName();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data } = useAwardOptions(debounced, '');
  const options = (data?.items ?? [])
    .filter((a) => !a.isRevoked && !taken.has(a.id))
    .map((a) => ({ value: a.id, label: `${a.subjectName}: ${name(a.awardCode)} ${a.year} — ${a.unitName}` }));
  return (
    <Stack gap="xs">
      {add.error ? <ErrorAlert error={add.error} /> : null}
      <Select
        label={c.addAward}
        placeholder={ui.models.form.typeName}
        searchable
        data={options}
        searchValue={search}
        onSearchChange={setSearch}
        filter={({ options: o }) => o}
        value={null}
        onChange={(awardId) => {
          if (awardId) add.mutate({ awardId });
          setSearch('');
        }}
        disabled={add.isPending}
      />
    </Stack>
  );
}

/** One conference: its honour list, who can be added, and its documents (ND 30 .docx). */
export function ConferencePage({ conferenceId }: { conferenceId: string }) {
  const q = useConference(conferenceId);
  if (q.error) return <ErrorAlert error={q.error} />;
  const k = q.data;
  if (!k) return <Loader />;
  const taken = new Set(k.honourees.flatMap((h) => [h.modelId, h.awardId].filter((x): x is string => !!x)));
  return (
    <>
      <PageHeader
        title={k.title}
        subtitle={
          <>
            {`${formatDate(k.heldOn)} · ${k.venue} · `}
            <RouterAnchor to="/hoi-nghi-dien-hinh">{c.back}</RouterAnchor>
          </>
        }
        actions={
          k.honourees.length > 0 && (
            <Group gap="xs">
              <Button component="a" href={conferenceDocument(k.id, 'honour-list')} download variant="light">
                {c.honourList}
              </Button>
              <Button component="a" href={conferenceDocument(k.id, 'invitations')} download variant="light">
                {c.invitations}
              </Button>
            </Group>
          )
        }
      />
      <Stack>
        <Card withBorder>
          <Title order={4} mb="xs">
            {c.honourees}
          </Title>
          {k.honourees.length === 0 ? (
            <Text size="sm" c="dimmed">
              {c.none}
            </Text>
          ) : (
            <Table striped data-testid="conference-honourees">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{c.colName}</Table.Th>
                  <Table.Th>{c.colUnit}</Table.Th>
                  <Table.Th>{c.colCitation}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {k.honourees.map((h) => (
                  <Table.Tr key={h.id}>
                    <Table.Td>{h.name}</Table.Td>
                    <Table.Td>{h.unitName}</Table.Td>
                    <Table.Td>{h.citation}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
        </Card>
        <Card withBorder>
          <Group grow align="flex-start">
            <AddModel conferenceId={k.id} taken={taken} />
            <AddAward conferenceId={k.id} taken={taken} />
          </Group>
          <Text size="xs" c="dimmed" mt="xs">
            {c.hint} <Anchor href="/dien-hinh">{ui.models.nav}</Anchor>
          </Text>
        </Card>
      </Stack>
    </>
  );
}
