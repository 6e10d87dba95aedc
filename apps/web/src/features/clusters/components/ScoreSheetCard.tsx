import { Alert, Badge, Button, Card, FileButton, Group, Select, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { VnNumberInput } from '../../../components/VnNumberInput';
import { t, ui } from '../../../i18n/ui';
import type { ClusterDetail } from '../api/clusters.types';
import { useAddEvidence, useSaveScores, useScoreSheet, useSubmitScores } from '../api/scores';
import { EditScoreModal } from './EditScoreModal';

const s = ui.emulation.scoring;

export function ScoreSheetCard({ cluster }: { cluster: ClusterDetail }) {
  const [memberUnitId, setMember] = useState<string | null>(null);
  const [assessorUnitId, setAssessor] = useState<string | null>(null);
  const ref = memberUnitId && assessorUnitId ? { memberUnitId, assessorUnitId } : null;
  const { data: sheet, error } = useScoreSheet(cluster.id, ref);
  const save = useSaveScores(cluster.id);
  const submit = useSubmitScores(cluster.id);
  const evidence = useAddEvidence();
  const [values, setValues] = useState<Record<string, number | ''>>({});
  const [confirming, setConfirming] = useState(false);
  const refused = Object.values(values).some(Number.isNaN);
  const [editing, setEditing] = useState<{
    id: string;
    version: number;
    value: number;
    maxPoints: number;
    label: string;
  } | null>(null);
  useEffect(() => {
    setValues(Object.fromEntries((sheet?.cells ?? []).map((c) => [c.criterionId, c.value ?? ''])));
  }, [sheet]);
  const criteria = cluster.template?.criteria ?? [];
  const assessors = cluster.members.filter((m) => m.id === memberUnitId || m.isHead || m.isAssessor);
  const onSave = () => {
    // A refused score (NaN) is never sent nor capped: its field says why.
    if (!ref || !sheet || refused) return;
    const entries = sheet.cells
      .filter(
        (c) =>
          c.status !== 'SUBMITTED' && values[c.criterionId] !== '' && values[c.criterionId] !== undefined,
      )
      .map((c) => ({
        criterionId: c.criterionId,
        value: Number(values[c.criterionId]),
        ...(c.version ? { version: c.version } : {}),
      }));
    if (entries.length)
      save.mutate(
        { ...ref, entries },
        { onSuccess: () => notifications.show({ color: 'green', message: s.saved }) },
      );
  };
  const attach = (scoreId: string, file: File | null) => {
    if (file) evidence.mutate({ id: scoreId, file });
  };
  const failure = error ?? save.error ?? submit.error ?? evidence.error;
  return (
    <Card withBorder data-testid="score-sheet">
      <Title order={4} mb="xs">
        {s.title}
      </Title>
      <Group mb="sm">
        <Select
          label={s.member}
          data={cluster.members.map((m) => ({ value: m.id, label: m.name }))}
          value={memberUnitId}
          onChange={(v) => {
            setMember(v);
            setAssessor(v);
          }}
          w={320}
          data-testid="score-member"
        />
        <Select
          label={s.assessor}
          data={assessors.map((m) => ({
            value: m.id,
            label: m.id === memberUnitId ? `${m.name} (${s.self})` : m.name,
          }))}
          value={assessorUnitId}
          onChange={setAssessor}
          w={320}
          data-testid="score-assessor"
        />
      </Group>
      <Text size="xs" c="dimmed" mb="xs">
        {s.clampHint}
      </Text>
      {failure && <ErrorAlert error={failure} testId="score-error" />}
      {!sheet ? (
        <Alert color="gray">{s.pick}</Alert>
      ) : (
        <>
          <Group mb="xs">
            <Badge
              tt="none"
              color={sheet.status === 'SUBMITTED' ? 'green' : 'gray'}
              data-testid="score-status"
            >
              {sheet.status === 'SUBMITTED' ? s.submitted : sheet.status === 'DRAFT' ? s.draft : s.none}
            </Badge>
            <Badge tt="none" variant="light">
              {sheet.kind === 'SELF' ? s.self : s.cross}
            </Badge>
            <Text size="sm" data-testid="score-total">
              {t(s.total, { points: sheet.total })}
            </Text>
          </Group>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{ui.emulation.template.code}</Table.Th>
                <Table.Th>{ui.emulation.template.criterion}</Table.Th>
                <Table.Th>{ui.emulation.template.maxPoints}</Table.Th>
                <Table.Th>{s.value}</Table.Th>
                <Table.Th>{s.evidence}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {criteria.map((cr) => {
                const cell = sheet.cells.find((c) => c.criterionId === cr.id);
                const locked = cell?.status === 'SUBMITTED';
                return (
                  <Table.Tr key={cr.id} data-testid="score-row">
                    <Table.Td>{cr.code}</Table.Td>
                    <Table.Td>
                      {cr.name}{' '}
                      <Text span size="xs" c="dimmed">
                        ({ui.emulation.template.kinds[cr.kind]})
                      </Text>
                    </Table.Td>
                    <Table.Td>{cr.maxPoints}</Table.Td>
                    <Table.Td>
                      {locked && cell?.scoreId ? (
                        <Group gap={6}>
                          <Text size="sm">{cell.value}</Text>
                          <Button
                            size="compact-xs"
                            variant="subtle"
                            onClick={() =>
                              setEditing({
                                id: cell.scoreId!,
                                version: cell.version!,
                                value: cell.value!,
                                maxPoints: cr.maxPoints,
                                label: `${cr.code} ${cr.name}`,
                              })
                            }
                            data-testid="score-edit"
                          >
                            {s.edit}
                          </Button>
                        </Group>
                      ) : (
                        <VnNumberInput
                          aria-label={`${s.value} ${cr.code}`}
                          value={values[cr.id] ?? ''}
                          min={0}
                          max={cr.maxPoints}
                          decimals={2}
                          w={100}
                          onChange={(v) => setValues((vs) => ({ ...vs, [cr.id]: v }))}
                          data-testid="score-input"
                        />
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {cell?.evidence.map((f) => (
                          <Badge key={f.id} size="xs" variant="outline" tt="none">
                            {f.name}
                          </Badge>
                        ))}
                        {cell?.scoreId && (
                          <FileButton onChange={(f) => attach(cell.scoreId!, f)}>
                            {(props) => (
                              <Button
                                size="compact-xs"
                                variant="subtle"
                                {...props}
                                data-testid="score-evidence"
                              >
                                {s.attach}
                              </Button>
                            )}
                          </FileButton>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
          <Group mt="sm">
            <Button variant="light" onClick={onSave} loading={save.isPending} data-testid="score-save">
              {s.save}
            </Button>
            <Button
              onClick={() => setConfirming(true)}
              loading={submit.isPending}
              disabled={sheet.status === 'SUBMITTED' || refused}
              data-testid="score-submit"
            >
              {s.submit}
            </Button>
          </Group>
          {refused && (
            <Text size="sm" c="red" mt={4} role="alert">
              {s.unsaved}
            </Text>
          )}
          <ConfirmDialog
            opened={confirming}
            title={s.submitConfirmTitle}
            text={s.submitConfirm}
            confirmLabel={s.submit}
            loading={submit.isPending}
            testId="score-submit-confirm"
            onCancel={() => setConfirming(false)}
            onConfirm={() =>
              ref &&
              submit.mutate(ref, {
                onSuccess: () => notifications.show({ color: 'green', message: s.submittedOk }),
                onSettled: () => setConfirming(false),
              })
            }
          />
        </>
      )}
      {editing && <EditScoreModal target={editing} onClose={() => setEditing(null)} />}
    </Card>
  );
}
