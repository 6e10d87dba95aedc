import { Anchor, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { ui } from '../../../i18n/ui';
import { todayIso } from '../../../lib/dates';
import { formatDate } from '../../../lib/format';
import { useDeletePlan, useInspectionPlan } from '../api/inspections';
import { FindingForm } from './FindingForm';
import { FindingsTable } from './FindingsTable';
import { PlanFormModal } from './PlanFormModal';

const t = ui.inspections;

/** One plan: its units and dates, its findings with their follow-up, a new finding, the report. */
export function InspectionPlanPage({ planId }: { planId: string }) {
  const query = useInspectionPlan(planId);
  const remove = useDeletePlan(planId);
  const navigate = useNavigate();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  if (query.error) return <ErrorAlert error={query.error} />;
  if (query.isPending) return <Loader />;
  const plan = query.data;
  return (
    <>
      <PageHeader
        title={plan.title}
        subtitle={<RouterAnchor to="/kiem-tra">{t.back}</RouterAnchor>}
        actions={
          <>
            {/* A plain link: the browser sends the session cookie and saves the .docx. */}
            <Anchor href={`/api/inspection-plans/${plan.id}/report.docx`} download data-testid="plan-report">
              {t.report}
            </Anchor>
            <Button variant="default" onClick={() => setEditing(true)} data-testid="plan-edit">
              {t.edit}
            </Button>
            {plan.findingCount === 0 && (
              <Button variant="subtle" color="red" onClick={() => setRemoving(true)}>
                {t.remove}
              </Button>
            )}
          </>
        }
      />
      <Stack>
        <Paper withBorder p="md">
          <Text size="sm">
            {t.colUnit}: <b>{plan.unitName}</b> · {t.year} {plan.year}
          </Text>
          {plan.basis && (
            <Text size="sm">
              {t.basis}: {plan.basis}
            </Text>
          )}
          <Title order={4} mt="md" mb="xs">
            {t.unitsTitle}
          </Title>
          <Table withTableBorder data-testid="plan-units">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t.form.unit}</Table.Th>
                <Table.Th>{t.period}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.units.map((u) => (
                <Table.Tr key={u.unitId}>
                  <Table.Td>{u.unitName}</Table.Td>
                  <Table.Td>
                    {formatDate(u.startsOn)} – {formatDate(u.endsOn)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
        <Title order={3}>{t.findingsTitle}</Title>
        <FindingsTable findings={plan.findings} today={todayIso()} />
        {plan.allowedActions.recordFinding && <FindingForm key={plan.findingCount} plan={plan} />}
      </Stack>
      {editing && <PlanFormModal opened plan={plan} onClose={() => setEditing(false)} />}
      <ConfirmDialog
        opened={removing}
        title={t.remove}
        text={t.removeConfirm}
        confirmLabel={t.remove}
        loading={remove.isPending}
        onConfirm={async () => {
          await remove.mutateAsync(undefined);
          navigate({ to: '/kiem-tra' });
        }}
        onCancel={() => setRemoving(false)}
      />
      {remove.error && (
        <Group mt="sm">
          <ErrorAlert error={remove.error} />
        </Group>
      )}
    </>
  );
}
