import { Alert, Badge, List, Stack, Text } from '@mantine/core';
import { vi } from '../../../i18n/vi';
import type { Proposal } from '../api/proposal.types';

const p = vi.proposals;

/** The return reasons, and after changes, how the resubmission answers each one. */
export function ReturnPanel({ lastReturn }: { lastReturn: NonNullable<Proposal['lastReturn']> }) {
  return (
    <Alert color="orange" title={p.lastReturn} data-testid="proposal-return">
      <Stack gap="xs">
        <List size="sm">
          {lastReturn.diff.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: reasons are fixed once the proposal is returned
            <List.Item key={i} data-testid={`return-reason-${i}`}>
              <Text span fw={500}>
                {p.reasonCodes[d.reason.code]}
              </Text>
              {d.reason.component && ` — ${d.reason.component}`}: {d.reason.text}{' '}
              <Badge
                size="sm"
                color={d.addressed === null ? 'gray' : d.addressed ? 'green' : 'red'}
                data-testid={`return-addressed-${i}`}
              >
                {d.addressed === null ? p.toJudge : d.addressed ? p.addressed : p.notAddressed}
              </Badge>
            </List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed">
          {p.diff}
        </Text>
      </Stack>
    </Alert>
  );
}
