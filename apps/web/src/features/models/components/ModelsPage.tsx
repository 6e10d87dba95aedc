import {
  Anchor,
  Badge,
  Button,
  FileButton,
  Group,
  Modal,
  Stack,
  Table,
  Tabs,
  Text,
  Textarea,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { UnitSelect } from '../../../components/UnitSelect';
import { ui } from '../../../i18n/ui';
import { useMe } from '../../../lib/session/get-me';
import { useCan } from '../../../lib/session/use-can';
import {
  type ModelSummary,
  useAddModelPhoto,
  useAdoptModel,
  useApproveModel,
  useMyModels,
  usePublishedModels,
  useReturnModel,
  useReviewQueue,
  useSubmitModel,
} from '../api/models';
import { ProposeModelModal } from './ProposeModelModal';

const t = ui.models;

function ModelTable({
  rows,
  actions,
}: {
  rows: ModelSummary[];
  actions: (m: ModelSummary) => React.ReactNode;
}) {
  if (!rows.length) return <Text c="dimmed">{t.empty}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="model-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t.columns.title}</Table.Th>
            <Table.Th>{t.columns.kind}</Table.Th>
            <Table.Th>{t.columns.unit}</Table.Th>
            <Table.Th>{t.columns.status}</Table.Th>
            <Table.Th>{t.columns.adoptions}</Table.Th>
            <Table.Th>{t.columns.actions}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((m) => (
            <Table.Tr key={m.id} data-testid={`model-row-${m.id}`}>
              <Table.Td>
                <Text fw={500}>{m.title}</Text>
                {m.subjectName && <Text size="sm">{m.subjectName}</Text>}
                {m.status === 'RETURNED' && m.returnReason && (
                  <Text size="sm" c="red">
                    {t.returnedBecause.replace('{reason}', m.returnReason)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t.kinds[m.kind]}</Table.Td>
              <Table.Td>{m.unitName}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t.statuses[m.status]}</Badge>
              </Table.Td>
              <Table.Td>{m.adoptionCount}</Table.Td>
              <Table.Td>
                <Group gap="xs">{actions(m)}</Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MineTab() {
  const { data, error } = useMyModels();
  const submit = useSubmitModel();
  const photo = useAddModelPhoto();
  const failure = error ?? submit.error ?? photo.error;
  return (
    <Stack>
      {failure && <ErrorAlert error={failure} />}
      <ModelTable
        rows={data?.items ?? []}
        actions={(m) =>
          m.status === 'DRAFT' || m.status === 'RETURNED' ? (
            <>
              <FileButton
                accept="image/jpeg,image/png,image/webp"
                onChange={(file) =>
                  file &&
                  photo.mutate(
                    { id: m.id, file },
                    { onSuccess: () => notifications.show({ color: 'green', message: t.photoAdded }) },
                  )
                }
              >
                {(props) => (
                  <Button size="xs" variant="light" loading={photo.isPending} {...props}>
                    {t.addPhoto}
                  </Button>
                )}
              </FileButton>
              <Button
                size="xs"
                onClick={() =>
                  submit.mutate(m.id, {
                    onSuccess: () => notifications.show({ color: 'green', message: t.submitted }),
                  })
                }
              >
                {t.submit}
              </Button>
            </>
          ) : m.status === 'APPROVED' ? (
            <Anchor href={`/cong-khai/dien-hinh/${m.id}`} target="_blank" size="sm">
              {t.publicPage}
            </Anchor>
          ) : null
        }
      />
    </Stack>
  );
}

function QueueTab() {
  const { data, error } = useReviewQueue(true);
  const approve = useApproveModel();
  const giveBack = useReturnModel();
  const [returning, setReturning] = useState<ModelSummary | null>(null);
  const [reason, setReason] = useState('');
  const failure = error ?? approve.error;
  if (data && !data.items.length) return <Text c="dimmed">{t.emptyQueue}</Text>;
  return (
    <Stack>
      {failure && <ErrorAlert error={failure} />}
      <ModelTable
        rows={data?.items ?? []}
        actions={(m) => (
          <>
            <Button
              size="xs"
              color="green"
              onClick={() =>
                approve.mutate(m.id, {
                  onSuccess: () => notifications.show({ color: 'green', message: t.approved }),
                })
              }
            >
              {t.approve}
            </Button>
            <Button size="xs" variant="light" color="red" onClick={() => setReturning(m)}>
              {t.giveBack}
            </Button>
          </>
        )}
      />
      <Modal opened={returning !== null} onClose={() => setReturning(null)} title={t.giveBack}>
        <Stack>
          {giveBack.error && <ErrorAlert error={giveBack.error} />}
          <Textarea
            label={t.returnReason}
            required
            minRows={3}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button
              color="red"
              onClick={() =>
                returning &&
                giveBack.mutate(
                  { id: returning.id, reason },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t.returned });
                      setReturning(null);
                      setReason('');
                    },
                  },
                )
              }
            >
              {t.giveBack}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

function PublishedTab() {
  const { data, error } = usePublishedModels();
  const adopt = useAdoptModel();
  const [adopting, setAdopting] = useState<ModelSummary | null>(null);
  const [unitId, setUnitId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  return (
    <Stack>
      {error && <ErrorAlert error={error} />}
      <ModelTable
        rows={data?.items ?? []}
        actions={(m) => (
          <>
            <Anchor href={`/cong-khai/dien-hinh/${m.id}`} target="_blank" size="sm">
              {t.publicPage}
            </Anchor>
            {m.allowedActions.adopt && (
              <Button size="xs" variant="light" onClick={() => setAdopting(m)}>
                {t.adopt}
              </Button>
            )}
          </>
        )}
      />
      <Modal opened={adopting !== null} onClose={() => setAdopting(null)} title={t.adopt}>
        <Stack>
          {adopt.error && <ErrorAlert error={adopt.error} />}
          <UnitSelect label={t.adoptUnit} required value={unitId} onChange={setUnitId} />
          <Textarea
            label={t.adoptNote}
            required
            minRows={3}
            value={note}
            onChange={(e) => setNote(e.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button
              onClick={() =>
                adopting &&
                unitId &&
                adopt.mutate(
                  { id: adopting.id, body: { unitId, note } },
                  {
                    onSuccess: () => {
                      notifications.show({ color: 'green', message: t.adopted });
                      setAdopting(null);
                      setNote('');
                    },
                  },
                )
              }
            >
              {t.adopt}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Điển hình tiên tiến: the unit's proposals, the office's review queue, and the published models to adopt. */
export function ModelsPage() {
  const can = useCan();
  const { data: me } = useMe();
  const [proposing, setProposing] = useState(false);
  const isOffice = can('model:review') && me?.user.isTenantWide === true;
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={can('model:propose') && <Button onClick={() => setProposing(true)}>{t.propose}</Button>}
      />
      <Tabs defaultValue={isOffice ? 'queue' : 'mine'} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="mine">{t.tabs.mine}</Tabs.Tab>
          {isOffice && <Tabs.Tab value="queue">{t.tabs.queue}</Tabs.Tab>}
          <Tabs.Tab value="published">{t.tabs.published}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="mine">
          <MineTab />
        </Tabs.Panel>
        {isOffice && (
          <Tabs.Panel value="queue">
            <QueueTab />
          </Tabs.Panel>
        )}
        <Tabs.Panel value="published">
          <PublishedTab />
        </Tabs.Panel>
      </Tabs>
      <ProposeModelModal opened={proposing} onClose={() => setProposing(false)} />
    </>
  );
}
