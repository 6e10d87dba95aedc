import { Text, Timeline } from '@mantine/core';
import { vi } from '../../../i18n/vi';
import { formatDateTime } from '../../../lib/format';
import type { HistoryStep } from '../api/proposal.types';

const p = vi.proposals;

/** The processing history the submitter follows: every step, who took it and when. */
export function HistoryList({
  steps,
  stateLabels,
}: {
  steps: HistoryStep[];
  stateLabels: Record<string, string>;
}) {
  return (
    <Timeline bulletSize={14} lineWidth={2} active={steps.length - 1} data-testid="proposal-history">
      {steps.map((s, i) => (
        <Timeline.Item
          // biome-ignore lint/suspicious/noArrayIndexKey: the history is append-only, so the index is stable
          key={i}
          title={p.historyCommands[s.command] ?? s.command}
          data-testid="history-step"
          data-command={s.command}
        >
          <Text size="xs" c="dimmed">
            {formatDateTime(s.at)} · {s.actorName ?? vi.app.none} · {stateLabels[s.toState] ?? s.toState}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
