import { Badge, Group, Stack, Text } from '@mantine/core';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import type { Proposal } from '../api/proposal.types';

const p = ui.proposals;

/** The council sessions that took the proposal up, each linking to its session page. */
export function CouncilSessionsList({ sessions }: { sessions: Proposal['councilSessions'] }) {
  return (
    <Stack gap="xs" data-testid="proposal-council-sessions">
      {sessions.map((s) => (
        <Stack key={s.id} gap={2}>
          <RouterAnchor
            to="/hoi-dong/$sessionId"
            params={{ sessionId: s.id }}
            data-testid="proposal-session-link"
          >
            {s.title}
          </RouterAnchor>
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t(p.councilSessionLine, { date: formatDate(s.meetingOn) })}
            </Text>
            <Badge size="sm" variant="light" color={s.status === 'OPEN' ? 'blue' : 'gray'}>
              {p.councilSessionStatus[s.status] ?? s.status}
            </Badge>
          </Group>
        </Stack>
      ))}
    </Stack>
  );
}
