import { Button, Group, Modal, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { type Choice, useCastBallot } from '../api/cast-ballot';
import type { CouncilSession } from '../api/council.types';

const c = ui.councils;
const LABEL: Record<Choice, string> = { YES: c.yes, NO: c.no, ABSTAIN: c.abstain };

/**
 * The member's ballot: a choice per nominee, kept only in this browser (sessionStorage) until the
 * member reviews the whole ballot and confirms it; then one request, and the ballot is final.
 */
export function BallotForm({ session }: { session: CouncilSession }) {
  const mine = session.agenda.filter((a) => a.canIVote);
  const key = `ballot-draft:${session.id}`;
  const [draft, setDraft] = useState<Record<string, Choice>>(() => {
    try {
      return JSON.parse(sessionStorage.getItem(key) ?? '{}') as Record<string, Choice>;
    } catch {
      return {};
    }
  });
  const [reviewing, setReviewing] = useState(false);
  const narrow = useMediaQuery('(max-width: 36em)');
  const cast = useCastBallot(session.id);
  useEffect(() => sessionStorage.setItem(key, JSON.stringify(draft)), [key, draft]);
  if (mine.length === 0) return null;
  const missing = mine.filter((a) => !draft[a.itemId]).length;
  const send = () =>
    cast.mutate(
      mine.map((a) => ({ itemId: a.itemId, choice: draft[a.itemId] as Choice })),
      {
        onSuccess: () => {
          sessionStorage.removeItem(key);
          setReviewing(false);
        },
      },
    );
  return (
    <Paper withBorder p="md" data-testid="ballot-form">
      <Title order={4}>{c.myBallot}</Title>
      <Text size="sm" c="dimmed">
        {c.ballotDraftHint}
      </Text>
      <Stack mt="sm">
        {mine.map((a) => (
          <Group key={a.itemId} justify="space-between" wrap="wrap" data-testid="ballot-choice-row">
            <Text size="sm" fw={500}>
              {a.subjectName} · {a.awardName}
            </Text>
            <SegmentedControl
              // Three choices side by side are wider than a phone's card: stacked there, none is cut.
              orientation={narrow ? 'vertical' : 'horizontal'}
              fullWidth={narrow}
              w={narrow ? '100%' : undefined}
              value={draft[a.itemId] ?? ''}
              onChange={(v) => setDraft((d) => ({ ...d, [a.itemId]: v as Choice }))}
              data={(['YES', 'NO', 'ABSTAIN'] as const).map((v) => ({ value: v, label: LABEL[v] }))}
              data-testid={`ballot-choice-${a.itemId}`}
            />
          </Group>
        ))}
        <Group>
          <Button disabled={missing > 0} onClick={() => setReviewing(true)} data-testid="ballot-review">
            {c.reviewBallot}
          </Button>
          {missing > 0 && (
            <Text size="xs" c="dimmed">
              {t(c.ballotMissing, { n: missing })}
            </Text>
          )}
        </Group>
        {cast.error && <ErrorAlert error={cast.error} />}
      </Stack>
      <Modal opened={reviewing} onClose={() => setReviewing(false)} title={c.reviewBallot}>
        <Stack>
          <Table data-testid="ballot-review-table">
            <Table.Tbody>
              {mine.map((a) => (
                <Table.Tr key={a.itemId}>
                  <Table.Td>
                    {a.subjectName}
                    <Text size="xs">{a.awardName}</Text>
                  </Table.Td>
                  <Table.Td fw={600}>{LABEL[draft[a.itemId] as Choice]}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="sm">{c.ballotFinal}</Text>
          <Button loading={cast.isPending} onClick={send} data-testid="ballot-submit">
            {c.submitBallot}
          </Button>
        </Stack>
      </Modal>
    </Paper>
  );
}
