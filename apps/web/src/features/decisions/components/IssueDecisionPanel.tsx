import { Alert, Button, Checkbox, Group, Modal, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnDateInput } from '../../../components/VnDateInput';
import { t, ui } from '../../../i18n/ui';
import { isIsoDate, todayIso as today } from '../../../lib/dates';
import { formatMoney } from '../../../lib/format';
import { useIssueDecision } from '../api/issue-decision';

const d = ui.decisions;

/** What this panel needs of a proposal (the proposals feature passes it in through a route slot). */
export type DecidableProposal = {
  id: string;
  version: number;
  /** The proposal's allowedActions (the server's policy) that this panel reads. */
  allowedActions: { issueDecision: boolean };
  items: {
    id: string;
    subjectName: string;
    appraisedEligible: boolean | null;
    councilPassed: boolean | null;
    verdict: { amountVnd: number | null } | null;
  }[];
};

/** The decider issues the decision: approved items (partial approval allowed), date and signer. */
export function IssueDecisionPanel({
  proposal,
  onIssued,
}: {
  proposal: DecidableProposal;
  onIssued: () => void;
}) {
  const issue = useIssueDecision();
  const approvable = proposal.items.filter((i) => i.appraisedEligible === true && i.councilPassed !== false);
  const [chosen, setChosen] = useState<string[]>(approvable.map((i) => i.id));
  const [signedOn, setSignedOn] = useState<string | null>(today());
  const [signer, setSigner] = useState('');
  const [symbol, setSymbol] = useState('QĐ-UBND');
  const [confirming, setConfirming] = useState(false);
  if (!proposal.allowedActions.issueDecision) return null;
  return (
    <Paper withBorder p="md" data-testid="decision-panel">
      <Title order={4} mb="sm">
        {d.title}
      </Title>
      {issue.data ? (
        <Alert color="green" data-testid="decision-issued">
          {t(d.issued, { number: issue.data.decision.number })}
        </Alert>
      ) : (
        <Stack>
          {issue.error && <ErrorAlert error={issue.error} />}
          <Text fw={500}>{d.approved}</Text>
          {approvable.map((i) => (
            <Checkbox
              key={i.id}
              label={`${i.subjectName} · ${d.amount}: ${formatMoney(i.verdict?.amountVnd)}`}
              checked={chosen.includes(i.id)}
              onChange={(e) =>
                setChosen(e.currentTarget.checked ? [...chosen, i.id] : chosen.filter((x) => x !== i.id))
              }
              data-testid="decision-item"
            />
          ))}
          <Group grow>
            <VnDateInput
              label={d.signedOn}
              withAsterisk
              value={signedOn}
              onChange={setSignedOn}
              data-testid="decision-signed-on"
            />
            <TextInput
              label={d.signer}
              value={signer}
              onChange={(e) => setSigner(e.currentTarget.value)}
              data-testid="decision-signer"
            />
            <TextInput label={d.symbol} value={symbol} onChange={(e) => setSymbol(e.currentTarget.value)} />
          </Group>
          <Button
            disabled={chosen.length === 0 || signer.trim().length < 2 || !signedOn || !isIsoDate(signedOn)}
            onClick={() => setConfirming(true)}
            data-testid="decision-issue"
          >
            {d.issue}
          </Button>
        </Stack>
      )}
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={d.issue}>
        <Stack>
          <Text size="sm">{d.issueConfirm}</Text>
          <Button
            loading={issue.isPending}
            onClick={() =>
              signedOn &&
              issue.mutate(
                {
                  proposalId: proposal.id,
                  expectedVersion: proposal.version,
                  signedOn,
                  signer,
                  symbol,
                  approvedItemIds: chosen,
                },
                {
                  onSuccess: () => onIssued(),
                  onSettled: () => setConfirming(false),
                },
              )
            }
            data-testid="decision-issue-confirm"
          >
            {d.issue}
          </Button>
        </Stack>
      </Modal>
    </Paper>
  );
}
