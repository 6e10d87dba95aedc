import { Alert, Badge, List, Stack, Text } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import type { DiffOutcome, Proposal } from '../api/proposal.types';
import { awardLabel } from './NomineesEditor';

const p = ui.proposals;
const n = ui.nominees;

const CHANGE_LABEL: Record<string, string> = {
  ITEM_ADDED: n.changeAdded,
  ITEM_REMOVED: n.changeRemoved,
  ITEM_AWARD_CHANGED: n.changeAward,
  COMPONENT_ADDED: n.changeComponentAdded,
  COMPONENT_REPLACED: n.changeComponentReplaced,
  COMPONENT_REMOVED: n.changeComponentRemoved,
};

/** "Bỏ: Hộ gia đình Nguyễn Văn Hải (Bằng khen …)", "Thay tệp: Tờ trình". */
const changeText = (c: DiffOutcome['changes'][number]) =>
  `${CHANGE_LABEL[c.kind] ?? c.kind}: ${c.component ?? c.name ?? ''}${c.award ? ` (${awardLabel(c.award)})` : ''}`;

/** The nominee a reason is about: still in the dossier, or named by the change that removed it. */
function nomineeOf(d: DiffOutcome, items: Proposal['items']): string | null {
  if (!d.reason.itemId) return null;
  const item = items.find((i) => i.id === d.reason.itemId);
  if (item) return `${item.subjectName} (${awardLabel(item.awardCode)})`;
  const removed = d.changes.find((c) => c.itemId === d.reason.itemId && c.name);
  return removed ? `${removed.name} (${awardLabel(removed.award ?? '')})` : null;
}

/** The return reasons, and after changes, how the resubmission answers each one. */
export function ReturnPanel({
  lastReturn,
  items,
}: {
  lastReturn: NonNullable<Proposal['lastReturn']>;
  items: Proposal['items'];
}) {
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
              {d.reason.component && ` — ${d.reason.component}`}
              {nomineeOf(d, items) && ` — ${nomineeOf(d, items)}`}: {d.reason.text}{' '}
              <Badge
                size="sm"
                color={d.addressed === null ? 'gray' : d.addressed ? 'green' : 'red'}
                data-testid={`return-addressed-${i}`}
              >
                {d.addressed === null ? p.toJudge : d.addressed ? p.addressed : p.notAddressed}
              </Badge>
              {d.changes.length > 0 && (
                <Text size="xs" c="dimmed" data-testid={`return-changes-${i}`}>
                  {d.changes.map(changeText).join('; ')}
                </Text>
              )}
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
