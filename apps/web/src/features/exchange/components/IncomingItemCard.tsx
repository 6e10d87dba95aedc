import { Badge, Button, Card, Grid, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { t, ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import type { IncomingDossierItem, Verdict } from '../api/incoming-dossiers';

const x = ui.exchange;

/** A verdict with every reason and its legal citation; the unmet reasons first. */
function VerdictBlock({ label, verdict, testId }: { label: string; verdict: Verdict; testId: string }) {
  if (!verdict)
    return (
      <Stack gap={4} data-testid={testId} data-eligible="none">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {x.ownVerdictNone}
        </Text>
      </Stack>
    );
  const reasons = [...verdict.reasons].sort((a, b) => Number(a.met) - Number(b.met));
  return (
    <Stack gap={4} data-testid={testId} data-eligible={String(verdict.eligible)}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Group gap="xs">
        <Badge color={verdict.held ? 'orange' : verdict.eligible ? 'green' : 'red'} variant="light">
          {verdict.held ? x.held : verdict.eligible ? x.eligible : x.ineligible}
        </Badge>
      </Group>
      <List size="xs" spacing={2}>
        {reasons.map((r) => (
          <List.Item
            key={`${r.text}${r.citation}`}
            c={r.met ? undefined : 'red'}
            data-testid="verdict-reason"
            data-met={String(r.met)}
          >
            {r.text}{' '}
            <Text span c="dimmed" size="xs" data-testid="verdict-citation">
              ({r.citation})
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** The receiver's answer on one item: approve it, or not with a reason. */
function Approval({
  item,
  canApprove,
  busy,
  onApprove,
}: {
  item: IncomingDossierItem;
  canApprove: boolean;
  busy: boolean;
  onApprove: (approved: boolean, reason?: string) => void;
}) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const { approved, reason: saved } = item.approval;
  return (
    <Group gap="xs" justify="space-between" wrap="wrap">
      <Badge
        data-testid="item-approval"
        data-approved={String(approved)}
        color={approved === true ? 'green' : approved === false ? 'red' : 'gray'}
        variant="light"
      >
        {approved === true
          ? x.approval.approved
          : approved === false
            ? t(x.approval.rejected, { reason: saved ?? '' })
            : x.approval.pending}
      </Badge>
      {canApprove && (
        <Group gap="xs">
          {approved !== true && (
            <Button size="xs" loading={busy} onClick={() => onApprove(true)} data-testid="item-approve">
              {x.approval.approve}
            </Button>
          )}
          {approved !== false && (
            <Button
              size="xs"
              variant="default"
              disabled={busy}
              onClick={() => setRejecting(true)}
              data-testid="item-reject"
            >
              {x.approval.reject}
            </Button>
          )}
        </Group>
      )}
      <Modal
        opened={rejecting}
        onClose={() => setRejecting(false)}
        title={t(x.approval.rejectTitle, { name: item.subject.name })}
      >
        <Stack>
          <Textarea
            label={x.approval.reason}
            withAsterisk
            autosize
            minRows={2}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            error={tried && reason.trim().length < 5 ? x.approval.reasonRequired : null}
            data-testid="item-reject-reason"
          />
          <Button
            color="red"
            loading={busy}
            data-testid="item-reject-confirm"
            onClick={() => {
              setTried(true);
              if (reason.trim().length < 5) return;
              onApprove(false, reason.trim());
              setRejecting(false);
            }}
          >
            {x.approval.reject}
          </Button>
        </Stack>
      </Modal>
    </Group>
  );
}

/** One nominee: the sender's verdict beside the receiver's own re-run, the council, the approval. */
export function IncomingItemCard({
  item,
  canApprove,
  busy,
  onApprove,
}: {
  item: IncomingDossierItem;
  canApprove: boolean;
  busy: boolean;
  onApprove: (approved: boolean, reason?: string) => void;
}) {
  const awardName = useAwardName();
  const c = item.council;
  return (
    <Card withBorder data-testid="incoming-item" data-subject={item.subject.name} data-differs={item.differs}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Stack gap={0}>
            <Text fw={600}>{item.subject.name}</Text>
            <Text size="sm" c="dimmed">
              {[awardName(item.awardCode), item.subject.unitName].filter(Boolean).join(' · ')}
            </Text>
          </Stack>
          {item.differs && (
            <Badge color="orange" size="lg" data-testid="item-differs">
              {x.differs}
            </Badge>
          )}
        </Group>
        {item.achievement && (
          <Text size="sm">
            <Text span fw={500}>
              {x.achievement}:
            </Text>{' '}
            {item.achievement}
          </Text>
        )}
        <Grid>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <VerdictBlock label={x.senderVerdict} verdict={item.senderVerdict} testId="sender-verdict" />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 6 }}>
            <VerdictBlock label={x.ownVerdict} verdict={item.ownVerdict} testId="own-verdict" />
          </Grid.Col>
        </Grid>
        {c && (
          <Text size="sm" c={c.passed === false ? 'red' : undefined} data-testid="item-council">
            {c.passed === true ? `${x.councilPassed}. ` : c.passed === false ? `${x.councilFailed}. ` : ''}
            {t(x.council, { yes: c.yes, no: c.no, abstain: c.abstain })}
          </Text>
        )}
        <Approval item={item} canApprove={canApprove} busy={busy} onApprove={onApprove} />
      </Stack>
    </Card>
  );
}
