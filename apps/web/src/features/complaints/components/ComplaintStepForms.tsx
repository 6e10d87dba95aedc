import { Button, Card, Group, Radio, Stack, Switch, Text, Textarea, TextInput, Title } from '@mantine/core';
import { COMPLAINT_KIND_LABELS, COMPLAINT_KINDS } from '@vinhdanh/domain/complaints/time-limits';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import type { ComplaintDetail } from '../api/complaints';
import { ConcludeRevocation, type RevocationChoice, RevokeConfirm } from './ConcludeRevocation';

const c = ui.complaints;

type Run = ReturnType<typeof import('../api/complaints').useComplaintStep>;

/** RECEIVED: the kind as the handler finds it, within competence or transferred. */
export function ClassifyForm({ complaint, run }: { complaint: ComplaintDetail; run: Run }) {
  const [kind, setKind] = useState<string>(complaint.filedAs);
  const [isCompetent, setCompetent] = useState(true);
  const [isComplex, setComplex] = useState(false);
  const [transferredTo, setTransferredTo] = useState('');
  return (
    <Card withBorder data-testid="complaint-classify">
      <Stack>
        <Title order={4}>{c.classify.title}</Title>
        <Radio.Group label={c.classify.kind} value={kind} onChange={setKind}>
          <Group>
            {COMPLAINT_KINDS.map((k) => (
              <Radio key={k} value={k} label={COMPLAINT_KIND_LABELS[k]} />
            ))}
          </Group>
        </Radio.Group>
        <Switch
          label={c.classify.competent}
          checked={isCompetent}
          onChange={(e) => setCompetent(e.currentTarget.checked)}
        />
        <Switch
          label={c.classify.complex}
          checked={isComplex}
          onChange={(e) => setComplex(e.currentTarget.checked)}
        />
        {!isCompetent && (
          <TextInput
            label={c.classify.transferredTo}
            value={transferredTo}
            onChange={(e) => setTransferredTo(e.currentTarget.value)}
          />
        )}
        <Group>
          <Button
            loading={run.isPending}
            data-testid="complaint-classify-submit"
            onClick={() =>
              run.mutate({
                step: 'classify',
                body: {
                  expectedVersion: complaint.version,
                  kind: kind as (typeof COMPLAINT_KINDS)[number],
                  isCompetent,
                  isComplex,
                  ...(isCompetent ? {} : { transferredTo }),
                },
              })
            }
          >
            {c.classify.submit}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

/** CLASSIFIED: acceptance (thụ lý) holds a person or unit's pending dossiers. */
export function AcceptForm({ complaint, run }: { complaint: ComplaintDetail; run: Run }) {
  return (
    <Card withBorder>
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{c.accept.hint}</Text>
        <Button
          loading={run.isPending}
          data-testid="complaint-accept"
          onClick={() => run.mutate({ step: 'accept', body: { expectedVersion: complaint.version } })}
        >
          {c.accept.submit}
        </Button>
      </Stack>
    </Card>
  );
}

const OUTCOMES = ['UPHELD', 'PARTLY_UPHELD', 'REJECTED'] as const;

/** ACCEPTED or VERIFYING: the conclusion and the answer the citizen reads by tracking code. */
export function ConcludeForm({ complaint, run }: { complaint: ComplaintDetail; run: Run }) {
  const [outcome, setOutcome] = useState<string>('REJECTED');
  const [conclusion, setConclusion] = useState('');
  const [answer, setAnswer] = useState('');
  const [revocation, setRevocation] = useState<RevocationChoice | null>(null);
  const [confirming, setConfirming] = useState(false);
  const send = () =>
    run.mutate(
      {
        step: 'conclude',
        body: {
          expectedVersion: complaint.version,
          outcome: outcome as (typeof OUTCOMES)[number],
          conclusion,
          answer,
          ...(revocation && outcome !== 'REJECTED' ? { revocation } : {}),
        },
      },
      { onSettled: () => setConfirming(false) },
    );
  return (
    <Card withBorder data-testid="complaint-conclude">
      <Stack>
        <Group justify="space-between">
          <Title order={4}>{c.conclude.title}</Title>
          {complaint.state === 'ACCEPTED' && (
            <Button
              variant="default"
              size="xs"
              data-testid="complaint-verify"
              onClick={() => run.mutate({ step: 'verify', body: { expectedVersion: complaint.version } })}
            >
              {c.verify.submit}
            </Button>
          )}
        </Group>
        <Radio.Group label={c.conclude.outcome} value={outcome} onChange={setOutcome}>
          <Group>
            {OUTCOMES.map((o) => (
              <Radio key={o} value={o} label={c.conclude.outcomes[o]} />
            ))}
          </Group>
        </Radio.Group>
        <Textarea
          label={c.conclude.conclusion}
          autosize
          minRows={2}
          value={conclusion}
          onChange={(e) => setConclusion(e.currentTarget.value)}
        />
        <Textarea
          label={c.conclude.answer}
          autosize
          minRows={2}
          value={answer}
          onChange={(e) => setAnswer(e.currentTarget.value)}
        />
        {outcome !== 'REJECTED' && complaint.subjectAwards.length > 0 && (
          <ConcludeRevocation
            awards={complaint.subjectAwards}
            mayRevoke={complaint.allowedActions.revokeAward}
            value={revocation}
            onChange={setRevocation}
          />
        )}
        <Group>
          <Button
            loading={run.isPending}
            data-testid="complaint-conclude-submit"
            // Revoking cannot be undone: a second, explicit confirmation first.
            onClick={() => (revocation?.revokeNow && outcome !== 'REJECTED' ? setConfirming(true) : send())}
          >
            {c.conclude.submit}
          </Button>
        </Group>
        {confirming && revocation && (
          <RevokeConfirm
            onCancel={() => setConfirming(false)}
            onConfirm={send}
            pending={run.isPending}
            label={complaint.subjectAwards.find((a) => a.id === revocation.awardId)}
          />
        )}
      </Stack>
    </Card>
  );
}
