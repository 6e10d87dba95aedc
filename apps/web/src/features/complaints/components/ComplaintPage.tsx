import { Alert, Badge, Card, Group, Loader, Stack, Text, Timeline } from '@mantine/core';
import { COMPLAINT_KIND_LABELS } from '@vinhdanh/domain/complaints/time-limits';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { t, ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import { formatDate, formatDateTime } from '../../../lib/format';
import { type ComplaintDetail, useComplaint, useComplaintStep } from '../api/complaints';
import { ComplaintPartyCard } from './ComplaintPartyCard';
import { AcceptForm, ClassifyForm, ConcludeForm } from './ComplaintStepForms';

const c = ui.complaints;

function Facts({ d }: { d: ComplaintDetail }) {
  const row = (label: string, value: string, testId?: string) => (
    <Text size="sm" data-testid={testId}>
      <Text span fw={500}>
        {label}:
      </Text>{' '}
      {value}
    </Text>
  );
  return (
    <Card withBorder>
      <Stack gap={4}>
        {row(c.filedAs, `${COMPLAINT_KIND_LABELS[d.filedAs]} (${c.channel[d.channel] ?? d.channel})`)}
        {d.kind && row(c.kind, COMPLAINT_KIND_LABELS[d.kind])}
        {row(c.colSubject, `${d.subjectName} (${d.unitName})`)}
        {row(c.received, formatDate(d.receivedOn))}
        {d.state === 'RECEIVED' || d.state === 'CLASSIFIED'
          ? row(c.classificationDue, formatDate(d.classificationDueOn))
          : d.resolutionDueOn && row(c.resolutionDue, formatDate(d.resolutionDueOn), 'complaint-due')}
        {d.isRemoteArea && <Text size="xs">{c.remoteArea}</Text>}
        <Text size="sm" fw={500} mt="xs">
          {c.content}
        </Text>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {d.content}
        </Text>
        {d.outcome && row(c.outcome, c.conclude.outcomes[d.outcome] ?? d.outcome)}
        {d.conclusion && row(c.conclude.conclusion, d.conclusion)}
        {d.answer && row(c.answer, d.answer)}
        {d.revocation && <RevocationFact d={d} />}
      </Stack>
    </Card>
  );
}

/** The award the conclusion found must be revoked: revoked with the conclusion, or left to the leader. */
function RevocationFact({ d }: { d: ComplaintDetail }) {
  const name = useAwardName();
  const r = d.revocation;
  const a = d.subjectAwards.find((x) => x.id === r?.awardId);
  if (!r) return null;
  const what = a ? `${name(a.awardCode)} ${a.year}` : r.awardId;
  const ground = ui.records.grounds[r.ground] ?? r.ground;
  return (
    <Text size="sm" data-testid="complaint-revocation-fact">
      <Text span fw={500}>
        {c.revocation}:
      </Text>{' '}
      {`${what} — ${ground}. `}
      {r.revokedOn ? t(c.revokedOn, { date: formatDate(r.revokedOn) }) : c.revocationForLeader}
    </Text>
  );
}

/** One case: its facts, the filer (assigned handler only, on request), the next step, the history. */
export function ComplaintPage({ complaintId }: { complaintId: string }) {
  const q = useComplaint(complaintId);
  const run = useComplaintStep(complaintId);
  const d = q.data;
  if (q.error) return <ErrorAlert error={q.error} />;
  if (!d) return <Loader />;
  // Before classification anyone with the role may take the case; afterwards only its handler, or
  // an administrator: the server's rule, sent as the case's allowedActions.
  const mine = d.state === 'RECEIVED' ? d.allowedActions.classify : d.allowedActions.moveOn;
  return (
    <>
      <PageHeader
        title={`${COMPLAINT_KIND_LABELS[d.kind ?? d.filedAs]} số ${d.trackingCode}`}
        subtitle={<RouterAnchor to="/khieu-nai-to-cao">{c.back}</RouterAnchor>}
        actions={
          <Badge size="lg" variant="light" data-testid="complaint-state" data-state={d.state}>
            {d.stateLabel}
          </Badge>
        }
      />
      <Stack>
        {run.error && <ErrorAlert error={run.error} />}
        {d.holdId && d.state !== 'CONCLUDED' && <Alert color="orange">{c.holdOpen}</Alert>}
        <Facts d={d} />
        {d.handlerId && (
          <Text size="sm" c="dimmed">
            {d.isAssignedToMe ? c.assignedToMe : c.assignedToOther}
          </Text>
        )}
        {d.isAssignedToMe && <ComplaintPartyCard id={d.id} />}
        {mine && d.state === 'RECEIVED' && <ClassifyForm complaint={d} run={run} />}
        {mine && d.state === 'CLASSIFIED' && <AcceptForm complaint={d} run={run} />}
        {mine && (d.state === 'ACCEPTED' || d.state === 'VERIFYING') && (
          <ConcludeForm key={d.version} complaint={d} run={run} />
        )}
        <Card withBorder>
          <Text fw={500} mb="xs">
            {c.history}
          </Text>
          <Timeline bulletSize={14} lineWidth={2}>
            {d.history.map((e) => (
              <Timeline.Item key={e.id} title={c.commands[e.command] ?? e.command}>
                <Group gap="xs">
                  <Text size="xs" c="dimmed">
                    {formatDateTime(e.at)}
                  </Text>
                  {e.note && <Text size="xs">{e.note}</Text>}
                </Group>
              </Timeline.Item>
            ))}
          </Timeline>
        </Card>
      </Stack>
    </>
  );
}
