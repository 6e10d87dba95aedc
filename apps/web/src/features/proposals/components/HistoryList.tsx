import { Text, Timeline } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';
import { formatDateTime } from '../../../lib/format';
import type { HistoryStep } from '../api/proposal.types';

const p = ui.proposals;
const n = ui.nominees;

type Named = { name: string }[];
const names = (list: Named | undefined) => (list ?? []).map((x) => x.name).join(', ');

/** What a step changed, in words: nominees added or removed, the reason to send ineligible ones. */
function detailLines(detail: unknown): string[] {
  if (!detail || typeof detail !== 'object') return [];
  const d = detail as {
    added?: Named;
    removed?: Named;
    achievementChanged?: Named;
    ineligible?: Named;
    ineligibleReason?: string;
  };
  const out: string[] = [];
  if (d.added?.length) out.push(t(n.historyAdded, { names: names(d.added) }));
  if (d.removed?.length) out.push(t(n.historyRemoved, { names: names(d.removed) }));
  if (d.achievementChanged?.length) out.push(t(n.historyAchievement, { names: names(d.achievementChanged) }));
  if (d.ineligible?.length)
    out.push(t(n.historyIneligible, { names: names(d.ineligible), reason: d.ineligibleReason ?? '' }));
  return out;
}

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
            {formatDateTime(s.at)} · {s.actorName ?? ui.app.none} · {stateLabels[s.toState] ?? s.toState}
          </Text>
          {detailLines(s.detail).map((line) => (
            <Text key={line} size="xs" data-testid="history-detail">
              {line}
            </Text>
          ))}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
