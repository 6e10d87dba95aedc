import { Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import { todayIso } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import type { Proposal } from '../api/proposal.types';
import type { CommandInput, CommandPath } from '../api/run-proposal-command';
import { awardLabel } from './NomineesEditor';
import { ReturnModal } from './ReturnModal';

const p = ui.proposals;
type Simple = Exclude<
  CommandPath,
  | 'return'
  | 'reject'
  | 'appraise-item'
  | 'components'
  | 'components/confirm-minutes'
  | 'comments/triage'
  | 'public-comment/close'
>;

/** The commands the state allows to what the user may do (allowedActions); the server guards again. */
function available(proposal: Proposal, canSubmit: boolean, canAppraise: boolean): Simple[] {
  const r = proposal.requirements;
  const lastLevel = proposal.levelIndex >= proposal.levels.length - 1;
  const out: Simple[] = [];
  if (canSubmit) {
    if (proposal.state === 'DRAFT') out.push(r.simplified ? 'submit' : 'submit-for-review');
    if (proposal.state === 'UNIT_REVIEW' || proposal.state === 'RETURNED') out.push('submit');
  }
  if (canAppraise) {
    if (proposal.state === 'SUBMITTED') out.push('receive');
    if (proposal.state === 'RECEIVED') out.push(lastLevel ? 'start-appraisal' : 'forward');
    if (proposal.state === 'APPRAISAL') {
      if (r.publicComment && !proposal.publicCommentDone) out.push('public-comment/open');
      else if (r.councilVote && !proposal.councilDone) out.push('open-council');
      else out.push('complete-appraisal');
    }
  }
  return out;
}

export function ProposalActions({
  proposal,
  run,
  busy,
}: {
  proposal: Proposal;
  run: (input: CommandInput) => void;
  busy: boolean;
}) {
  const canAppraise = proposal.allowedActions.appraise;
  const [returning, setReturning] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [rejectReason, setRejectReason] = useState('');
  const [days, setDays] = useState<number>(10);
  const commands = available(proposal, proposal.allowedActions.submit, canAppraise);
  const canClosePc = canAppraise && proposal.state === 'PUBLIC_COMMENT';
  // Before the announced end date the office must give the legal ground, which the portal shows.
  const closingEarly = proposal.publicCommentUntil !== null && todayIso() < proposal.publicCommentUntil;
  const [closingPc, setClosingPc] = useState(false);
  const [closeReason, setCloseReason] = useState('');
  // Sending the dossier out is confirmed; nominees still ineligible are listed and need a reason.
  const [submitting, setSubmitting] = useState(false);
  const [ineligibleReason, setIneligibleReason] = useState('');
  const ineligible = proposal.items.filter((i) => i.engineEligible === false);
  const canReturn = canAppraise && ['RECEIVED', 'APPRAISAL'].includes(proposal.state);
  const canReject =
    canAppraise && ['RECEIVED', 'APPRAISAL', 'DECISION_PENDING', 'PROPOSED_UP'].includes(proposal.state);
  return (
    <Group gap="xs" data-testid="proposal-actions">
      {commands.includes('public-comment/open') && (
        <VnNumberInput
          label={p.commentDays}
          value={days}
          onChange={(v) => setDays(v === '' ? Number.NaN : v)}
          min={1}
          max={60}
          w={180}
        />
      )}
      {commands.map((c) => (
        <Button
          key={c}
          loading={busy}
          disabled={c === 'public-comment/open' && Number.isNaN(days)}
          onClick={() =>
            c === 'submit'
              ? setSubmitting(true)
              : run({ path: c, body: c === 'public-comment/open' ? { days } : {} })
          }
          data-testid={`action-${c.replace('/', '-')}`}
        >
          {p.commands[c]}
        </Button>
      ))}
      <Modal
        opened={submitting}
        onClose={() => setSubmitting(false)}
        title={ineligible.length > 0 ? ui.nominees.submitIneligibleTitle : ui.nominees.submitConfirmTitle}
        size="lg"
      >
        <Stack data-testid="submit-confirm">
          {ineligible.length > 0 ? (
            <>
              <Text size="sm">{ui.nominees.submitIneligibleText}</Text>
              <List size="sm" data-testid="submit-ineligible-list">
                {ineligible.map((i) => (
                  <List.Item key={i.id} data-testid="submit-ineligible-item">
                    {i.subjectName} — {awardLabel(i.awardCode)}
                  </List.Item>
                ))}
              </List>
              <Textarea
                label={ui.nominees.submitIneligibleReason}
                value={ineligibleReason}
                onChange={(e) => setIneligibleReason(e.currentTarget.value)}
                data-testid="submit-ineligible-reason"
              />
            </>
          ) : (
            <Text size="sm">{ui.nominees.submitConfirmText}</Text>
          )}
          <Button
            disabled={ineligible.length > 0 && ineligibleReason.trim().length < 10}
            onClick={() => {
              run({
                path: 'submit',
                body: ineligible.length > 0 ? { ineligibleReason: ineligibleReason.trim() } : {},
              });
              setSubmitting(false);
            }}
            data-testid="submit-confirm-button"
          >
            {ineligible.length > 0 ? ui.nominees.submitAnyway : p.commands.submit}
          </Button>
        </Stack>
      </Modal>
      {canClosePc && (
        <Button loading={busy} onClick={() => setClosingPc(true)} data-testid="action-public-comment-close">
          {p.commands['public-comment/close']}
        </Button>
      )}
      <Modal
        opened={closingPc}
        onClose={() => setClosingPc(false)}
        title={p.commands['public-comment/close']}
      >
        <Stack>
          {closingEarly ? (
            <>
              <Text size="sm" data-testid="close-pc-early">
                {t(p.closeEarlyWarning, { date: formatDate(proposal.publicCommentUntil ?? '') })}
              </Text>
              <Textarea
                label={p.closeEarlyReason}
                value={closeReason}
                onChange={(e) => setCloseReason(e.currentTarget.value)}
                data-testid="close-pc-reason"
              />
            </>
          ) : (
            <Text size="sm">{p.closePcConfirm}</Text>
          )}
          <Button
            disabled={closingEarly && closeReason.trim().length < 10}
            onClick={() => {
              run({ path: 'public-comment/close', body: closingEarly ? { reason: closeReason.trim() } : {} });
              setClosingPc(false);
            }}
            data-testid="close-pc-confirm"
          >
            {p.commands['public-comment/close']}
          </Button>
        </Stack>
      </Modal>
      {canReturn && (
        <Button color="orange" variant="light" onClick={() => setReturning(true)} data-testid="action-return">
          {p.commands.return}
        </Button>
      )}
      {canReject && (
        <Button color="red" variant="subtle" onClick={() => setRejecting(true)} data-testid="action-reject">
          {p.commands.reject}
        </Button>
      )}
      {returning && (
        <ReturnModal
          proposal={proposal}
          onClose={() => setReturning(false)}
          onReturn={(reasons) => {
            run({ path: 'return', body: { reasons } });
            setReturning(false);
          }}
        />
      )}
      <Modal opened={rejecting} onClose={() => setRejecting(false)} title={p.rejectTitle}>
        <Stack>
          <Text size="sm">{p.confirmDestructive}</Text>
          <Textarea
            label={p.rejectReason}
            value={rejectReason}
            onChange={(e) => setRejectReason(e.currentTarget.value)}
          />
          <Button
            color="red"
            disabled={rejectReason.trim().length < 3}
            onClick={() => {
              run({ path: 'reject', body: { reason: rejectReason } });
              setRejecting(false);
            }}
            data-testid="reject-confirm"
          >
            {p.commands.reject}
          </Button>
        </Stack>
      </Modal>
    </Group>
  );
}
