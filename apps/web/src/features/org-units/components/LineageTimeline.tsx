import { Text, Timeline } from '@mantine/core';
import { IconArrowMerge, IconArrowsSplit, IconPencil } from '@tabler/icons-react';
import { t, ui } from '../../../i18n/ui';
import { formatDate } from '../../../lib/format';
import type { LineageEntry, OrgUnitDetail } from '../api/org-units.types';

type Line = {
  key: string;
  date: string;
  text: string;
  decisionRef: string | null;
  kind: LineageEntry['kind'];
};

function describe(detail: OrgUnitDetail): Line[] {
  const o = ui.orgUnits;
  const lines: Line[] = [
    ...detail.predecessors.map((e) => ({
      e,
      text: t(e.kind === 'SPLIT' ? o.splitFrom : o.mergedFrom, {
        name: e.predecessorName,
        date: formatDate(e.effectiveDate),
      }),
    })),
    ...detail.successors.map((e) => ({
      e,
      text: t(e.kind === 'SPLIT' ? o.splitInto : o.mergedInto, {
        name: e.successorName,
        date: formatDate(e.effectiveDate),
      }),
    })),
    ...detail.renames.map((e) => ({
      e,
      text: t(o.renamed, {
        oldName: e.oldName ?? e.predecessorName,
        newName: e.newName ?? e.successorName,
        date: formatDate(e.effectiveDate),
      }),
    })),
  ].map(({ e, text }) => ({
    key: `${e.kind}-${e.predecessorId}-${e.successorId}-${e.effectiveDate}`,
    date: e.effectiveDate,
    text,
    decisionRef: e.decisionRef,
    kind: e.kind,
  }));
  return lines.sort((a, b) => b.date.localeCompare(a.date));
}

const ICONS = { MERGE: IconArrowMerge, SPLIT: IconArrowsSplit, RENAME: IconPencil };

export function LineageTimeline({ detail }: { detail: OrgUnitDetail }) {
  const lines = describe(detail);
  if (lines.length === 0) return <Text c="dimmed">{ui.orgUnits.lineageEmpty}</Text>;
  return (
    <Timeline bulletSize={24} lineWidth={2} active={lines.length}>
      {lines.map((line) => {
        const Icon = ICONS[line.kind];
        return (
          <Timeline.Item key={line.key} bullet={<Icon size={14} />} data-testid="org-unit-lineage-item">
            <Text size="sm">{line.text}</Text>
            {line.decisionRef && (
              <Text size="xs" c="dimmed">
                {t(ui.orgUnits.decisionRef, { ref: line.decisionRef })}
              </Text>
            )}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
