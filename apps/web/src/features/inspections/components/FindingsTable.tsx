import { Badge, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import { formatDate } from '../../../lib/format';
import { type InspectionFinding, useCompleteFinding } from '../api/inspections';

const t = ui.inspections;

function measure(f: InspectionFinding, awardName: (code: string) => string) {
  if (f.action === 'HOLD') return t.holdOf(f.subjectName ?? f.unitName);
  if (f.action === 'REVOCATION' && f.award)
    return t.revocationOf(
      `${awardName(f.award.awardCode)} năm ${f.award.year}`,
      f.award.ground,
      f.award.isRevoked,
    );
  return null;
}

function CompleteModal({ finding, onClose }: { finding: InspectionFinding; onClose: () => void }) {
  const [note, setNote] = useState('');
  const complete = useCompleteFinding();
  return (
    <Modal opened onClose={onClose} title={t.complete.title}>
      <Stack>
        <Text size="sm">{finding.recommendation}</Text>
        <Textarea
          label={t.complete.note}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          autosize
          data-testid="complete-note"
        />
        {finding.holdId && (
          <Text size="sm" c="dimmed">
            {t.complete.hint}
          </Text>
        )}
        {complete.error && <ErrorAlert error={complete.error} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {ui.app.cancel}
          </Button>
          <Button
            loading={complete.isPending}
            disabled={note.trim().length < 5}
            data-testid="complete-submit"
            onClick={async () => {
              await complete.mutateAsync({ id: finding.id, version: finding.version, note: note.trim() });
              onClose();
            }}
          >
            {t.complete.submit}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** The plan's findings: what was found, the recommendation, its deadline and how far it is done. */
export function FindingsTable({ findings, today }: { findings: InspectionFinding[]; today: string }) {
  const [completing, setCompleting] = useState<InspectionFinding | null>(null);
  const awardName = useAwardName();
  if (!findings.length) return <Text c="dimmed">{t.noFindings}</Text>;
  return (
    <>
      <Table.ScrollContainer minWidth={860}>
        <Table striped withTableBorder data-testid="finding-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t.finding.unit}</Table.Th>
              <Table.Th>{t.colContent}</Table.Th>
              <Table.Th>{t.colRecommendation}</Table.Th>
              <Table.Th>{t.colDue}</Table.Th>
              <Table.Th>{t.colProgress}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {findings.map((f) => (
              <Table.Tr key={f.id} data-testid="finding-row">
                <Table.Td>{f.unitName}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{f.content}</Table.Td>
                <Table.Td>
                  <Stack gap={4}>
                    <span>{f.recommendation}</span>
                    {measure(f, awardName) && (
                      <Badge
                        color={f.action === 'HOLD' ? 'orange' : 'red'}
                        variant="light"
                        data-testid="finding-measure"
                      >
                        {measure(f, awardName)}
                      </Badge>
                    )}
                  </Stack>
                </Table.Td>
                <Table.Td>
                  {formatDate(f.followUpDueOn)}
                  {!f.completedOn && f.followUpDueOn < today && (
                    <Badge color="red" ml="xs" variant="light">
                      {t.overdue}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {f.completedOn ? (
                    <Text size="sm">
                      {t.completedOn(formatDate(f.completedOn))}
                      {f.completionNote ? `: ${f.completionNote}` : ''}
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      onClick={() => setCompleting(f)}
                      data-testid="finding-complete"
                    >
                      {t.complete.button}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {completing && <CompleteModal finding={completing} onClose={() => setCompleting(null)} />}
    </>
  );
}
