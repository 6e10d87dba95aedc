import { Button, Group, Paper, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import type { Choice } from '../api/cast-ballot';
import type { CouncilSession } from '../api/council.types';
import { useRecordWrittenBallot } from '../api/record-written-ballot';

const c = ui.councils;
const CHOICE_LABELS: Record<Choice, string> = { YES: c.yes, NO: c.no, ABSTAIN: c.abstain };

/**
 * The secretary records an absent member's sealed written ballot. It adds to the counters like a
 * vote in the room and cannot be taken back, hence the confirmation.
 */
export function WrittenBallotCard({ session }: { session: CouncilSession }) {
  const awardName = useAwardName();
  const record = useRecordWrittenBallot(session.id);
  const [memberId, setMemberId] = useState<string | null>(null);
  const [itemId, setItemId] = useState<string | null>(null);
  const [choice, setChoice] = useState<Choice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [missing, setMissing] = useState(false);
  const absent = session.members.filter((m) => !m.isPresent);
  if (absent.length === 0) return null;
  const member = absent.find((m) => m.userId === memberId);
  // A member with a conflict of interest on an item may not vote on it, in writing either.
  const items = session.agenda.filter((a) => !a.excludedMembers.some((x) => x.userId === memberId));
  const item = items.find((a) => a.itemId === itemId);

  const ask = () => {
    setMissing(!member || !item || !choice);
    if (member && item && choice) setConfirming(true);
  };
  const confirm = () => {
    if (!member || !item || !choice) return;
    record.mutate(
      { memberUserId: member.userId, itemId: item.itemId, choice },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t(c.writtenRecorded, { member: member.fullName }) });
          setItemId(null);
          setChoice(null);
        },
        onSettled: () => setConfirming(false),
      },
    );
  };

  return (
    <Paper withBorder p="md" data-testid="written-ballot">
      <Stack gap="sm">
        <Title order={4}>{c.writtenTitle}</Title>
        <Text size="sm" c="dimmed">
          {c.writtenHint}
        </Text>
        {record.error && <ErrorAlert error={record.error} testId="written-ballot-error" />}
        <Group grow align="flex-end">
          <Select
            label={c.writtenMember}
            data={absent.map((m) => ({ value: m.userId, label: m.fullName }))}
            value={memberId}
            onChange={(v) => {
              setMemberId(v);
              setItemId(null);
            }}
            data-testid="written-member"
          />
          <Select
            label={c.writtenItem}
            data={items.map((a) => ({
              value: a.itemId,
              label: `${a.subjectName} · ${awardName(a.awardCode)}`,
            }))}
            value={itemId}
            onChange={setItemId}
            disabled={!member}
            data-testid="written-item"
          />
        </Group>
        <Group justify="space-between">
          <SegmentedControl
            aria-label={c.writtenChoice}
            value={choice ?? ''}
            onChange={(v) => setChoice(v as Choice)}
            data={(Object.keys(CHOICE_LABELS) as Choice[]).map((value) => ({
              value,
              label: CHOICE_LABELS[value],
            }))}
            data-testid="written-choice"
          />
          <Button onClick={ask} data-testid="written-submit">
            {c.writtenSubmit}
          </Button>
        </Group>
        {missing && (
          <Text size="xs" c="red">
            {c.writtenRequired}
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={c.writtenConfirmTitle}
        text={t(c.writtenConfirm, {
          choice: choice ? CHOICE_LABELS[choice] : '',
          member: member?.fullName ?? '',
          subject: item?.subjectName ?? '',
        })}
        confirmLabel={c.writtenSubmit}
        loading={record.isPending}
        testId="written-confirm"
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      />
    </Paper>
  );
}
