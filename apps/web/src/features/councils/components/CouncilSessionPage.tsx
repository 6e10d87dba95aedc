import {
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Modal,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useCloseCouncil } from '../api/close-council';
import type { AgendaItem, CouncilSession } from '../api/council.types';
import { useCouncil } from '../api/get-council';
import { useOpenCouncil } from '../api/open-council';
import { BallotForm } from './BallotForm';
import { BallotNominee } from './BallotNominee';
import { MinutesTable } from './MinutesTable';
import { WrittenBallotCard } from './WrittenBallotCard';

const c = ui.councils;

function AgendaRow({ session, item }: { session: CouncilSession; item: AgendaItem }) {
  const closed = session.status === 'CLOSED';
  return (
    <Table.Tr data-testid={`agenda-${item.itemId}`} data-subject={item.subjectName}>
      <Table.Td>
        <BallotNominee item={item} />
        {item.excludedMembers.length > 0 && (
          <Text size="xs" c="orange" data-testid="agenda-conflict">
            {t(c.conflict, { names: item.excludedMembers.map((m) => m.fullName).join(', ') })}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{t(c.voted, { n: item.votedCount })}</Table.Td>
      <Table.Td>
        {closed ? (
          <Badge color={item.passed ? 'green' : 'red'}>
            {item.yes}/{item.no}/{item.abstain} · {item.passed ? c.passed : c.failed}
          </Badge>
        ) : (
          !item.canIVote && (
            <Text size="xs" c="dimmed" data-testid="vote-unavailable">
              {c.youVoted}
            </Text>
          )
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Body({ session }: { session: CouncilSession }) {
  const close = useCloseCouncil(session.id);
  const open = useOpenCouncil(session.id);
  const [confirming, setConfirming] = useState(false);
  const [opening, setOpening] = useState(false);
  const closed = session.status === 'CLOSED';
  const manage = session.allowedActions.manage && !closed;
  return (
    <Stack>
      <PageHeader
        title={session.title}
        subtitle={`${c.meetingOn}: ${formatDate(session.meetingOn)} · ${c.quorum}: ${session.quorum}`}
        actions={
          manage &&
          (session.votingOpen ? (
            <Button color="red" onClick={() => setConfirming(true)} data-testid="council-close">
              {c.close}
            </Button>
          ) : (
            <Button onClick={() => setOpening(true)} data-testid="council-open">
              {c.openMeeting}
            </Button>
          ))
        }
      />
      <Badge
        data-testid="council-status"
        data-voting-open={session.votingOpen}
        color={closed ? 'gray' : session.votingOpen ? 'green' : 'yellow'}
      >
        {closed ? c.closed : session.votingOpen ? c.statusOpen : c.statusNotOpen}
      </Badge>
      {!closed && !session.votingOpen && (
        <Alert color="yellow" data-testid="council-not-open">
          {t(c.notOpenYet, { date: formatDate(session.meetingOn) })}
        </Alert>
      )}
      {open.error && <ErrorAlert error={open.error} />}
      <Alert color="blue">{c.secret}</Alert>
      {close.error && <ErrorAlert error={close.error} />}
      <Paper withBorder p="md">
        <Title order={4}>{c.members}</Title>
        <Group gap="xs" mt="xs" data-testid="council-members">
          {session.members.map((m) => (
            <Badge key={m.userId} variant="light" color={m.isPresent ? 'blue' : 'gray'}>
              {m.fullName} · {m.isPresent ? c.present : c.absent}
            </Badge>
          ))}
        </Group>
      </Paper>
      <Paper withBorder p="md">
        <Title order={4}>{c.agenda}</Title>
        <Table data-testid="council-agenda">
          <Table.Tbody>
            {session.agenda.map((a) => (
              <AgendaRow key={a.itemId} session={session} item={a} />
            ))}
          </Table.Tbody>
        </Table>
      </Paper>
      {!closed && session.votingOpen && <BallotForm session={session} />}
      {manage && session.votingOpen && <WrittenBallotCard session={session} />}
      {closed && session.allowedActions.downloadMinutes && (
        // A plain link: the browser sends the session cookie and saves the .docx.
        <Anchor
          href={`/api/councils/${session.id}/documents/bien-ban.docx`}
          download
          data-testid="download-council-minutes"
        >
          {c.minutesDocx}
        </Anchor>
      )}
      {closed && <MinutesTable sessionId={session.id} />}
      <Modal opened={opening} onClose={() => setOpening(false)} title={c.openMeeting}>
        <Stack>
          <Text size="sm">{c.openConfirm}</Text>
          <Button
            onClick={() => {
              open.mutate(session.version);
              setOpening(false);
            }}
            data-testid="council-open-confirm"
          >
            {c.openMeeting}
          </Button>
        </Stack>
      </Modal>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={c.close}>
        <Stack>
          <Text size="sm">{c.closeConfirm}</Text>
          <Button
            color="red"
            onClick={() => {
              close.mutate(session.version);
              setConfirming(false);
            }}
            data-testid="council-close-confirm"
          >
            {c.close}
          </Button>
        </Stack>
      </Modal>
    </Stack>
  );
}

export function CouncilSessionPage({ sessionId }: { sessionId: string }) {
  const { data, error } = useCouncil(sessionId);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loader />;
  return <Body session={data} />;
}
