import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Modal,
  Radio,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { useCastClusterBallot } from '../api/cast-cluster-ballot';
import { useCloseClusterVote } from '../api/close-cluster-vote';
import type { ClusterDetail, ClusterVote } from '../api/clusters.types';
import { useOpenClusterVote } from '../api/open-cluster-vote';
import { useProposeClusterLeader } from '../api/propose-cluster-leader';

const v = ui.emulation.vote;

/** The secret ballot for the leading unit: who has voted (never how), results once closed, one-click proposal. */
export function ClusterVoteCard({ cluster }: { cluster: ClusterDetail }) {
  const vote = cluster.vote;
  return (
    <Card withBorder data-testid="cluster-vote">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{v.title}</Title>
        {vote && (
          <Badge tt="none" color={vote.status === 'OPEN' ? 'blue' : 'gray'} data-testid="vote-status">
            {v.status[vote.status]}
          </Badge>
        )}
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {v.secret}
      </Text>
      {vote ? (
        <VoteBody cluster={cluster} vote={vote} />
      ) : (
        <Stack gap="xs">
          <Text size="sm">{v.none}</Text>
          {cluster.allowedActions.manage && <OpenVote clusterId={cluster.id} />}
        </Stack>
      )}
    </Card>
  );
}

function OpenVote({ clusterId }: { clusterId: string }) {
  const open = useOpenClusterVote(clusterId);
  const [count, setCount] = useState<number | ''>('');
  return (
    <Stack gap="xs">
      <VnNumberInput
        label={v.candidateCount}
        min={1}
        max={100}
        value={count}
        onChange={setCount}
        maw={420}
        data-testid="vote-candidate-count"
      />
      {open.error && <ErrorAlert error={open.error} />}
      <Group>
        <Button
          loading={open.isPending}
          disabled={Number.isNaN(count)}
          onClick={() => open.mutate(count === '' ? {} : { candidateCount: count })}
          data-testid="vote-open"
        >
          {v.open}
        </Button>
      </Group>
    </Stack>
  );
}

function VoteBody({ cluster, vote }: { cluster: ClusterDetail; vote: ClusterVote }) {
  return (
    <Stack>
      <Text size="sm" data-testid="vote-progress">
        {t(v.progress, { done: vote.votedCount, total: vote.voters.length })}
      </Text>
      <Group gap={6}>
        {vote.voters.map((m) => (
          <Badge
            key={m.unitId}
            tt="none"
            variant={m.hasVoted ? 'filled' : 'outline'}
            color={m.hasVoted ? 'green' : 'gray'}
            data-testid="vote-voter-row"
          >
            {m.unitName}: {m.hasVoted ? v.voted : v.notVoted}
          </Badge>
        ))}
      </Group>
      {vote.status === 'OPEN' && vote.myVoterUnits.length > 0 && <Ballot cluster={cluster} vote={vote} />}
      {vote.status === 'OPEN' && cluster.allowedActions.manage && <CloseVote cluster={cluster} vote={vote} />}
      {vote.status === 'CLOSED' && <Results cluster={cluster} vote={vote} />}
    </Stack>
  );
}

function Ballot({ cluster, vote }: { cluster: ClusterDetail; vote: ClusterVote }) {
  const cast = useCastClusterBallot(cluster.id);
  const [voter, setVoter] = useState<string | null>(vote.myVoterUnits[0]?.id ?? null);
  const [choice, setChoice] = useState<string>('');
  const [confirming, setConfirming] = useState(false);
  const voterId = vote.myVoterUnits.some((u) => u.id === voter) ? voter : (vote.myVoterUnits[0]?.id ?? null);
  return (
    <Stack gap="xs">
      {vote.myVoterUnits.length > 1 && (
        <Select
          label={v.voterUnit}
          data={vote.myVoterUnits.map((u) => ({ value: u.id, label: u.name }))}
          value={voterId}
          onChange={setVoter}
          maw={420}
          data-testid="vote-voter"
        />
      )}
      <Radio.Group label={v.candidates} value={choice} onChange={setChoice}>
        <Stack gap={4} mt={4}>
          {vote.candidates.map((c) => (
            <Radio
              key={c.unitId}
              value={c.unitId}
              label={`${c.unitName} (${t(v.rank, { rank: c.rank })})`}
              data-testid="vote-candidate"
            />
          ))}
        </Stack>
      </Radio.Group>
      {cast.error && <ErrorAlert error={cast.error} />}
      <Group>
        <Button
          disabled={!voterId || !choice}
          loading={cast.isPending}
          onClick={() => setConfirming(true)}
          data-testid="vote-cast"
        >
          {v.cast}
        </Button>
      </Group>
      <ConfirmDialog
        opened={confirming}
        title={v.castConfirmTitle}
        text={t(v.castConfirm, {
          unit: vote.candidates.find((c) => c.unitId === choice)?.unitName ?? '',
          voter: vote.myVoterUnits.find((u) => u.id === voterId)?.name ?? '',
        })}
        confirmLabel={v.cast}
        loading={cast.isPending}
        testId="vote-cast-confirm"
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          voterId &&
          cast.mutate(
            { voterUnitId: voterId, candidateUnitId: choice },
            {
              onSuccess: () => {
                setChoice('');
                notifications.show({ color: 'green', message: v.castOk });
              },
              onSettled: () => setConfirming(false),
            },
          )
        }
      />
    </Stack>
  );
}

function CloseVote({ cluster, vote }: { cluster: ClusterDetail; vote: ClusterVote }) {
  const close = useCloseClusterVote(cluster.id);
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      {close.error && <ErrorAlert error={close.error} />}
      <Group>
        <Button variant="light" onClick={() => setConfirming(true)} data-testid="vote-close">
          {v.close}
        </Button>
      </Group>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={v.close}>
        <Text size="sm">{v.closeConfirm}</Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {v.cancel}
          </Button>
          <Button
            loading={close.isPending}
            onClick={() => close.mutate({ version: vote.version }, { onSettled: () => setConfirming(false) })}
            data-testid="vote-close-confirm"
          >
            {v.confirm}
          </Button>
        </Group>
      </Modal>
    </>
  );
}

function Results({ cluster, vote }: { cluster: ClusterDetail; vote: ClusterVote }) {
  const navigate = useNavigate();
  const propose = useProposeClusterLeader(cluster.id);
  const [confirming, setConfirming] = useState(false);
  const result = vote.result;
  return (
    <Stack gap="xs">
      <Table data-testid="vote-results">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{ui.emulation.board.unit}</Table.Th>
            <Table.Th>{ui.emulation.board.rank}</Table.Th>
            <Table.Th>{v.votes}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {vote.candidates.map((c) => (
            <Table.Tr key={c.unitId} data-testid="vote-result-row">
              <Table.Td>
                {c.unitName}{' '}
                {c.unitId === result?.winnerUnitId && (
                  <Badge size="xs" tt="none" color="green">
                    {v.leader}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{c.rank}</Table.Td>
              <Table.Td>{c.votes ?? 0}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {result && (
        <Alert color="green" data-testid="vote-result">
          {result.text}
        </Alert>
      )}
      {propose.error && <ErrorAlert error={propose.error} />}
      {vote.proposalId ? (
        <Anchor
          component="button"
          onClick={() =>
            vote.proposalId &&
            navigate({ to: '/ho-so-de-nghi/$proposalId', params: { proposalId: vote.proposalId } })
          }
          data-testid="vote-proposal-link"
        >
          {v.proposal}
        </Anchor>
      ) : (
        result &&
        cluster.allowedActions.proposeLeader && (
          <Group>
            <Button onClick={() => setConfirming(true)} data-testid="vote-propose">
              {v.propose}
            </Button>
          </Group>
        )
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={v.propose}>
        <Text size="sm">
          {t(v.proposeConfirm, {
            award: v.awards[cluster.organiserLevel],
            unit: result?.winnerUnitName ?? '',
            organiser: cluster.organiserUnitName,
          })}
        </Text>
        <Group justify="flex-end" mt="md">
          <Button variant="default" onClick={() => setConfirming(false)}>
            {v.cancel}
          </Button>
          <Button
            loading={propose.isPending}
            onClick={() =>
              propose.mutate(undefined, {
                onSuccess: (p) =>
                  navigate({ to: '/ho-so-de-nghi/$proposalId', params: { proposalId: p.id } }),
                onSettled: () => setConfirming(false),
              })
            }
            data-testid="vote-propose-confirm"
          >
            {v.confirm}
          </Button>
        </Group>
      </Modal>
    </Stack>
  );
}
