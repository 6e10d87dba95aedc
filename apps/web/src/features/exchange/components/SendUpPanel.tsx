import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatDateTime } from '../../../lib/format';
import { type SendUpProposal, useSendUp } from '../api/send-up';
import { ReasonList } from './ReasonList';

const s = ui.exchange.sendUp;

const COLORS: Record<string, string> = {
  SENDING: 'blue',
  DELIVERED: 'teal',
  DOWNLOADABLE: 'grape',
  RETURNED: 'orange',
  DECIDED: 'green',
};

/**
 * "Gửi hồ sơ lên cấp trên" on a proposal the upper level decides: send the sealed package, see
 * where it is, read the upper level's return reasons and send again, or download the package for
 * the paper route. The button is the proposal's allowedActions.sendUp (the route's own rule).
 */
export function SendUpPanel({ proposal, onSent }: { proposal: SendUpProposal; onSent: () => void }) {
  const send = useSendUp(proposal);
  const [confirming, setConfirming] = useState(false);
  const up = proposal.upperLevel;
  // The user's right comes with the proposal; the package's state says when (first send, or again
  // after a return).
  const canSend =
    proposal.allowedActions.sendUp === true &&
    proposal.state === 'PROPOSED_UP' &&
    (!up || up.status === 'RETURNED');
  if (!up && !canSend) return null;
  const latestReturn = up?.status === 'RETURNED' ? up.returns.at(-1) : undefined;
  const nameOf = (id: string) => proposal.items.find((i) => i.id === id)?.subjectName;
  return (
    <Paper withBorder p="md" data-testid="send-up-panel" data-status={up?.status ?? 'NONE'}>
      <Title order={4} mb="sm">
        {s.title}
      </Title>
      <Stack gap="sm">
        {!up && (
          <Text size="sm" c="dimmed">
            {s.hint}
          </Text>
        )}
        {up && (
          <Group gap="sm">
            <Badge color={COLORS[up.status]} variant="light" size="lg" data-testid="send-up-status">
              {s.status[up.status] ?? up.status}
            </Badge>
            {up.sentAt && (
              <Text size="sm" c="dimmed" data-testid="send-up-version" data-version={up.version}>
                {t(s.sentLine, { version: up.version, at: formatDateTime(up.sentAt) })}
              </Text>
            )}
          </Group>
        )}
        {latestReturn && (
          <Alert color="orange" title={s.returned} data-testid="send-up-returned">
            <ReasonList reasons={latestReturn.reasons} nameOf={nameOf} />
          </Alert>
        )}
        {up?.status === 'DECIDED' && (
          <Text size="sm" c="green" data-testid="send-up-decided">
            {s.decided}
          </Text>
        )}
        {up?.status === 'DOWNLOADABLE' && up.downloadHref && (
          <Anchor href={up.downloadHref} download size="sm" data-testid="send-up-download">
            {s.download}
          </Anchor>
        )}
        {send.error && <ErrorAlert error={send.error} testId="send-up-error" />}
        {canSend && (
          <Group>
            <Button
              leftSection={<IconSend size={16} />}
              loading={send.isPending}
              onClick={() => setConfirming(true)}
              data-testid="send-up"
            >
              {up ? s.resend : s.send}
            </Button>
          </Group>
        )}
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={s.confirmTitle}
        text={
          up
            ? t(s.confirmResend, { title: proposal.title, version: up.version + 1 })
            : t(s.confirm, { title: proposal.title })
        }
        confirmLabel={s.submit}
        loading={send.isPending}
        testId="send-up-confirm"
        onCancel={() => setConfirming(false)}
        onConfirm={() =>
          send.mutate(undefined, {
            onSuccess: () => onSent(),
            onSettled: () => setConfirming(false),
          })
        }
      />
    </Paper>
  );
}
