import { Badge, List, Stack, Text } from '@mantine/core';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import type { AgendaItem } from '../api/council.types';

const c = ui.councils;

/** What a member reads about one nominee before choosing: the record, never a bare code. Read-only. */
export function BallotNominee({ item }: { item: AgendaItem }) {
  const conclusion =
    item.appraisal.eligible === null
      ? c.appraisalPending
      : item.appraisal.status === 'OVERRIDDEN'
        ? `${item.appraisal.eligible ? c.appraisedEligible : c.appraisedIneligible} (${c.overridden}: ${item.appraisal.overrideReason ?? ''})`
        : item.appraisal.eligible
          ? c.appraisedEligible
          : c.appraisedIneligible;
  return (
    <Stack gap={4} data-testid="ballot-nominee">
      <Text fw={600} data-testid="ballot-name">
        {item.subjectName}
      </Text>
      <Text size="sm" data-testid="ballot-award">
        {item.awardName}
      </Text>
      <Text size="xs" c="dimmed" data-testid="ballot-unit">
        {item.unitName}
      </Text>
      {item.achievement && (
        <Text size="sm" data-testid="ballot-achievement">
          {c.achievement}: {item.achievement}
        </Text>
      )}
      <Badge
        color={item.engine.eligible ? 'green' : 'red'}
        variant="light"
        w="fit-content"
        data-testid="ballot-verdict"
      >
        {item.engine.eligible ? c.engineEligible : c.engineIneligible}
      </Badge>
      {item.engine.reasons.length > 0 && (
        <List size="xs" data-testid="ballot-reasons">
          {item.engine.reasons.map((r) => (
            <List.Item key={`${r.text}${r.citation}`} c={r.met ? undefined : 'red'}>
              {r.met ? '✓' : '✗'} {r.text} ({r.citation})
            </List.Item>
          ))}
        </List>
      )}
      <Text size="sm" data-testid="ballot-appraisal">
        {c.appraiserConclusion}: {conclusion}
      </Text>
      {item.upheldComments.length > 0 && (
        <Stack gap={2} data-testid="ballot-comments">
          <Text size="xs" fw={600}>
            {c.upheldComments}
          </Text>
          {item.upheldComments.map((m) => (
            <Text key={m.text} size="xs">
              “{m.text}”{m.note ? ` — ${m.note}` : ''}
            </Text>
          ))}
        </Stack>
      )}
      <RouterAnchor
        to="/ho-so-de-nghi/$proposalId"
        params={{ proposalId: item.proposalId }}
        size="xs"
        data-testid="ballot-dossier-link"
      >
        {c.openDossier}
      </RouterAnchor>
    </Stack>
  );
}
