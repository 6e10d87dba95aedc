import { Alert, Badge, Grid, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { KIND_LABELS, type ProposalKind, STATE_LABELS } from '@vinhdanh/domain/workflow/states';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import { useProposal } from '../api/get-proposal';
import type { Proposal } from '../api/proposal.types';
import { useProposalCommand } from '../api/run-proposal-command';
import { CommentsPanel } from './CommentsPanel';
import { ComponentsList } from './ComponentsList';
import { CouncilSessionsList } from './CouncilSessionsList';
import { EditNomineesButton } from './EditNomineesButton';
import { HistoryList } from './HistoryList';
import { ItemsTable } from './ItemsTable';
import { ProposalActions } from './ProposalActions';
import { ReturnPanel } from './ReturnPanel';

const p = ui.proposals;
const EDITABLE = ['DRAFT', 'UNIT_REVIEW', 'RETURNED'];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

type Slots = {
  /** The decision form (decisions feature), shown when a decision is due. */
  decision?: (proposal: Proposal, onIssued: () => void) => ReactNode;
  /** Downloads of the issued decision (documents feature). */
  documents?: (decisionId: string) => ReactNode;
  /** Downloads of the dossier's own documents, e.g. the Tờ trình (documents feature). */
  proposalDocuments?: (proposal: Proposal) => ReactNode;
  /** Sending the dossier up as a package, and where it is (exchange feature), when the upper level decides. */
  upperLevel?: (proposal: Proposal, onSent: () => void) => ReactNode;
  /** The awards of the decision, with revocation (decisions feature), once decided. */
  awards?: (proposal: Proposal, onChanged: () => void) => ReactNode;
};

function Body({ proposal, slots, refetch }: { proposal: Proposal; slots: Slots; refetch: () => void }) {
  const command = useProposalCommand(proposal);
  const run = command.mutate;
  // What the user may do comes with the proposal (the server's policy); the state decides when.
  const may = proposal.allowedActions;
  const appraising = may.appraise && proposal.state === 'APPRAISAL';
  const editable = may.submit && EDITABLE.includes(proposal.state);
  return (
    <Stack>
      <PageHeader
        title={proposal.title}
        subtitle={`${KIND_LABELS[proposal.kind as ProposalKind] ?? proposal.kind} · ${proposal.year}`}
      />
      <Group>
        <Badge size="lg" data-testid="proposal-state" data-state={proposal.state}>
          {proposal.stateLabel}
        </Badge>
        {proposal.dueOn && (
          <Text size="sm" c={proposal.isOverdue ? 'red' : 'dimmed'}>
            {p.dueOn}: {formatDate(proposal.dueOn)} {proposal.isOverdue && `(${p.overdue})`}
          </Text>
        )}
        {proposal.portalCode && (
          <Text size="sm" c="dimmed" data-testid="portal-code">
            {p.portalCode}: {proposal.portalCode}
          </Text>
        )}
      </Group>
      {command.error && <ErrorAlert error={command.error} />}
      {proposal.rejectReason && <Alert color="red">{proposal.rejectReason}</Alert>}
      {proposal.decision && (
        <Alert color="green" data-testid="decision-issued">
          {t(p.decided, {
            number: proposal.decision.number,
            date: formatDate(proposal.decision.signedOn),
            issuer: proposal.decision.issuer,
          })}
        </Alert>
      )}
      {proposal.decisionId && slots.documents?.(proposal.decisionId)}
      {proposal.lastReturn && EDITABLE.includes(proposal.state) && (
        <ReturnPanel lastReturn={proposal.lastReturn} items={proposal.items} />
      )}
      <ProposalActions proposal={proposal} run={run} busy={command.isPending} />
      <Grid>
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack>
            <Section title={p.items}>
              {editable && (
                <Group justify="flex-end" mb="xs">
                  <EditNomineesButton proposal={proposal} disabled={command.isPending} />
                </Group>
              )}
              <ItemsTable
                items={proposal.items}
                onAppraise={
                  appraising
                    ? (itemId, override) =>
                        run({ path: 'appraise-item', body: { itemId, ...(override ? { override } : {}) } })
                    : undefined
                }
              />
            </Section>
            {proposal.requirements.proposeUp &&
              ['PROPOSED_UP', 'DECIDED'].includes(proposal.state) &&
              slots.upperLevel?.(proposal, refetch)}
            {['DECISION_PENDING', 'PROPOSED_UP'].includes(proposal.state) &&
              slots.decision?.(proposal, refetch)}
            {proposal.decisionId && slots.awards?.(proposal, refetch)}
            {may.appraise && proposal.requirements.publicComment && (
              <Section title={p.comments}>
                <CommentsPanel proposalId={proposal.id} run={run} />
              </Section>
            )}
            <Section title={p.components}>
              <ComponentsList
                components={proposal.components}
                proposalId={proposal.id}
                onUpload={
                  editable
                    ? (u) =>
                        'file' in u
                          ? run({ path: 'components/file', component: u.component, file: u.file })
                          : run({ path: 'components', body: u })
                    : undefined
                }
                onConfirmMinutes={
                  may.confirmMinutes && EDITABLE.includes(proposal.state)
                    ? (component) => run({ path: 'components/confirm-minutes', body: { component } })
                    : undefined
                }
                busy={command.isPending}
              />
            </Section>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack>
            {slots.proposalDocuments?.(proposal)}
            {proposal.councilSessions.length > 0 && (
              <Section title={p.councilSessions}>
                <CouncilSessionsList sessions={proposal.councilSessions} />
              </Section>
            )}
            <Section title={p.history}>
              <HistoryList steps={proposal.history} stateLabels={STATE_LABELS} />
            </Section>
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

export function ProposalPage({ proposalId, slots = {} }: { proposalId: string; slots?: Slots }) {
  const { data, error, refetch } = useProposal(proposalId);
  if (error) return <ErrorAlert error={error} />;
  if (!data) return <Loader />;
  return <Body proposal={data} slots={slots} refetch={() => void refetch()} />;
}
