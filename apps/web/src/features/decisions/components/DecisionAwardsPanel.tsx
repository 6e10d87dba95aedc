import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { CATALOGUE } from '@vinhdanh/domain/rules/catalogue';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import { RevokeAwardModal } from './RevokeAwardModal';

const r = ui.decisions.revoke;
const awardLabel = (code: string) => CATALOGUE[code as AwardCode]?.name ?? code;

/** What this panel needs of a decided proposal (passed in through a route slot). */
export type DecidedProposal = {
  decisionId: string | null;
  /** The proposal's allowedActions (the server's policy) that this panel reads. */
  allowedActions: { revokeAward: boolean };
  items: {
    id: string;
    subjectName: string;
    awardCode: string;
    awardId: string | null;
    awardRevoked: boolean;
  }[];
};

/** The awards the decision granted, each revocable by the decider (Law 2022, Điều 93, khoản 2). */
export function DecisionAwardsPanel({
  proposal,
  onChanged,
}: {
  proposal: DecidedProposal;
  onChanged: () => void;
}) {
  const [revoking, setRevoking] = useState<{ id: string; subjectName: string } | null>(null);
  const awarded = proposal.items.filter((i) => i.awardId !== null);
  if (!proposal.decisionId || awarded.length === 0) return null;
  const decisionId = proposal.decisionId;
  return (
    <Paper withBorder p="md" data-testid="decision-awards-panel">
      <Title order={4} mb="sm">
        {r.title}
      </Title>
      <Stack gap="xs">
        {awarded.map((i) => (
          <Group key={i.id} justify="space-between" data-testid="decision-award" data-subject={i.subjectName}>
            <Text size="sm">
              {i.subjectName} · {awardLabel(i.awardCode)}
            </Text>
            {i.awardRevoked ? (
              <Badge color="red" variant="light" data-testid="decision-award-revoked">
                {r.revoked}
              </Badge>
            ) : (
              proposal.allowedActions.revokeAward && (
                <Button
                  size="xs"
                  color="red"
                  variant="light"
                  onClick={() => setRevoking({ id: i.awardId as string, subjectName: i.subjectName })}
                  data-testid="decision-award-revoke"
                >
                  {r.action}
                </Button>
              )
            )}
          </Group>
        ))}
      </Stack>
      {revoking && (
        <RevokeAwardModal
          decisionId={decisionId}
          award={revoking}
          onClose={() => setRevoking(null)}
          onRevoked={() => {
            setRevoking(null);
            onChanged();
          }}
        />
      )}
    </Paper>
  );
}
