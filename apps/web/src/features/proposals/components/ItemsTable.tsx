import { Badge, Button, Group, List, Modal, Stack, Switch, Text, Textarea } from '@mantine/core';
import { CATALOGUE } from '@vinhdanh/domain/rules/catalogue';
import type { AwardCode } from '@vinhdanh/domain/rules/types';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import type { ProposalItem } from '../api/proposal.types';

const p = ui.proposals;

const awardLabel = (code: string) => CATALOGUE[code as AwardCode]?.name ?? code;

function VerdictCell({ item }: { item: ProposalItem }) {
  const v = item.verdict;
  if (!v) return <Text c="dimmed">{ui.app.none}</Text>;
  const label = v.held ? p.held : item.engineEligible ? p.eligible : p.ineligible;
  const color = v.held ? 'orange' : item.engineEligible ? 'green' : 'red';
  const unmet = v.reasons.filter((r) => !r.met);
  // "One achievement, one award" is among the verdict's reasons since issue 11.3; a dossier checked
  // before that only has it as a flag, so a flag already listed as a reason is not shown twice.
  const listed = new Set(unmet.map((r) => r.text));
  const flags = [...(item.flags?.duplicates ?? []), ...(item.flags?.quota ?? [])].filter(
    (f) => !listed.has(f.text),
  );
  return (
    <Stack gap={4}>
      <Badge color={color} data-testid={`item-verdict-${item.subjectId}`}>
        {label}
      </Badge>
      <List size="xs" spacing={2}>
        {[...unmet, ...(unmet.length === 0 ? v.reasons.slice(0, 2) : [])].map((r) => (
          <List.Item key={`${r.text}${r.citation}`} data-testid="item-citation">
            {r.text}{' '}
            <Text span c="dimmed" size="xs">
              ({r.citation})
            </Text>
          </List.Item>
        ))}
        {flags.map((f) => (
          <List.Item key={f.text} c="orange">
            {f.text}{' '}
            <Text span c="dimmed" size="xs">
              ({f.citation})
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function AppraisalCell({ item }: { item: ProposalItem }) {
  const parts = [];
  if (item.appraisal === 'PENDING')
    parts.push(
      <Badge key="a" color="gray">
        {p.appraisalPending}
      </Badge>,
    );
  else
    parts.push(
      <Badge key="a" color={item.appraisedEligible ? 'green' : 'red'} variant="light">
        {item.appraisal === 'OVERRIDDEN' ? p.appraisalOverridden : p.appraisalConfirmed}:{' '}
        {item.appraisedEligible ? p.eligible : p.ineligible}
      </Badge>,
    );
  if (item.councilPassed !== null)
    parts.push(
      <Badge key="c" color={item.councilPassed ? 'teal' : 'red'} variant="outline">
        {item.councilPassed ? p.councilPassed : p.councilFailed}
      </Badge>,
    );
  if (item.outcome)
    parts.push(
      <Badge key="o" color={item.outcome === 'APPROVED' ? 'green' : 'gray'} data-testid="item-outcome">
        {item.outcome === 'APPROVED' ? p.outcomeApproved : p.outcomeNotApproved}
      </Badge>,
    );
  return (
    <Stack gap={4}>
      {parts}
      {item.overrideReason && <Text size="xs">{item.overrideReason}</Text>}
    </Stack>
  );
}

/** The nominee, with any hold open on them now (e.g. a complaint accepted during public comment). */
function SubjectCell({ item }: { item: ProposalItem }) {
  return (
    <Stack gap={4}>
      <Text size="sm">{item.subjectName}</Text>
      {item.openHolds.map((h) => (
        <Stack key={`${h.reason}${h.fromDate}`} gap={0} data-testid="item-hold">
          <Badge color="orange" variant="light">
            {p.openHold}: {ui.records.holdReasons[h.reason] ?? h.reason}
          </Badge>
          {h.note && (
            <Text size="xs" c="dimmed">
              {h.note}
            </Text>
          )}
        </Stack>
      ))}
    </Stack>
  );
}

type Appraise = (itemId: string, override?: { eligible: boolean; reason: string }) => void;

function OverrideModal({
  item,
  onClose,
  onSave,
}: {
  item: ProposalItem;
  onClose: () => void;
  onSave: Appraise;
}) {
  const [eligible, setEligible] = useState(!item.engineEligible);
  const [reason, setReason] = useState('');
  return (
    <Modal opened onClose={onClose} title={p.overrideTitle}>
      <Stack>
        <Text fw={500}>{item.subjectName}</Text>
        <Switch
          label={p.overrideEligible}
          checked={eligible}
          onChange={(e) => setEligible(e.currentTarget.checked)}
        />
        <Textarea
          label={p.overrideReason}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-testid="override-reason"
          autosize
          minRows={2}
        />
        <Button
          disabled={reason.trim().length < 5}
          onClick={() => onSave(item.id, { eligible, reason })}
          data-testid="override-save"
        >
          {ui.app.save}
        </Button>
      </Stack>
    </Modal>
  );
}

/** Items with the engine's verdict (citations, flags) and, under appraisal, confirm or override. */
export function ItemsTable({
  items,
  onAppraise,
}: {
  items: ProposalItem[];
  onAppraise?: Appraise | undefined;
}) {
  const [overriding, setOverriding] = useState<ProposalItem | null>(null);
  return (
    <>
      <DataTable<ProposalItem>
        data-testid="proposal-items"
        withTableBorder
        records={items}
        customRowAttributes={(r) => ({ 'data-testid': 'item-row', 'data-subject-id': r.subjectId })}
        columns={[
          { accessor: 'subjectName', title: p.subject, render: (r) => <SubjectCell item={r} /> },
          { accessor: 'awardCode', title: p.award, render: (r) => awardLabel(r.awardCode) },
          { accessor: 'verdict', title: p.verdict, render: (r) => <VerdictCell item={r} /> },
          { accessor: 'appraisal', title: p.appraisal, render: (r) => <AppraisalCell item={r} /> },
          ...(onAppraise
            ? [
                {
                  accessor: 'actions',
                  title: p.actions,
                  render: (r: ProposalItem) =>
                    r.appraisal === 'PENDING' && (
                      <Group gap={4}>
                        <Button
                          size="xs"
                          onClick={() => onAppraise(r.id)}
                          data-testid={`item-confirm-${r.subjectId}`}
                        >
                          {p.confirm}
                        </Button>
                        <Button size="xs" variant="default" onClick={() => setOverriding(r)}>
                          {p.override}
                        </Button>
                      </Group>
                    ),
                },
              ]
            : []),
        ]}
      />
      {overriding && onAppraise && (
        <OverrideModal
          item={overriding}
          onClose={() => setOverriding(null)}
          onSave={(id, o) => {
            onAppraise(id, o);
            setOverriding(null);
          }}
        />
      )}
    </>
  );
}
