import { Badge, Group, Paper, Text, Title } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { ui } from '../../../i18n/ui';
import { useAwardName } from '../../../lib/award-names';
import { formatDate, formatMoney } from '../../../lib/format';
import type { PersonDetail } from '../api/get-person';

const d = ui.people.detail;

function Section({
  title,
  action,
  children,
}: {
  title: string;
  action?: React.ReactNode;
  children: React.ReactNode;
}) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{title}</Title>
        {action}
      </Group>
      {children}
    </Paper>
  );
}

/** The work history; `action` adds an earlier post (for whoever may change the record). */
export function EmploymentTable({
  rows,
  action,
}: {
  rows: PersonDetail['employment'];
  action?: React.ReactNode;
}) {
  return (
    <Section title={d.employment} action={action}>
      <DataTable
        withTableBorder={false}
        minHeight={rows.length ? undefined : 120}
        records={rows}
        idAccessor={(row) => `${row.unitId}-${row.fromDate}`}
        noRecordsText={d.noEmployment}
        columns={[
          { accessor: 'unitName', title: ui.people.colUnit },
          { accessor: 'position', title: ui.people.colPosition, render: (r) => r.position ?? ui.app.none },
          { accessor: 'fromDate', title: d.fromDate, render: (r) => formatDate(r.fromDate) },
          {
            accessor: 'toDate',
            title: d.toDate,
            render: (r) => (r.toDate ? formatDate(r.toDate) : d.current),
          },
        ]}
      />
    </Section>
  );
}

const RATING_COLOR: Record<string, string> = { HTXSNV: 'green', HTTNV: 'blue', HTNV: 'gray', KHTNV: 'red' };

export function RatingsTable({ rows }: { rows: PersonDetail['ratings'] }) {
  return (
    <Section title={d.ratings}>
      <DataTable
        minHeight={rows.length ? undefined : 120}
        records={rows}
        idAccessor="year"
        noRecordsText={d.noRatings}
        data-testid="person-ratings"
        columns={[
          { accessor: 'year', title: d.year, width: 80 },
          {
            accessor: 'rating',
            title: d.rating,
            render: (r) => (
              <Badge variant="light" color={RATING_COLOR[r.rating] ?? 'gray'} tt="none">
                {ui.people.ratings[r.rating] ?? r.rating}
              </Badge>
            ),
          },
        ]}
      />
    </Section>
  );
}

export function AwardsTable({ rows }: { rows: PersonDetail['awards'] }) {
  const awardName = useAwardName();
  return (
    <Section title={d.awards}>
      <DataTable
        minHeight={rows.length ? undefined : 120}
        records={rows}
        idAccessor={(r) => `${r.year}-${r.awardCode}-${r.decisionNumber ?? ''}`}
        noRecordsText={d.noAwards}
        data-testid="person-awards"
        columns={[
          { accessor: 'year', title: d.year, width: 80 },
          {
            accessor: 'awardCode',
            title: d.award,
            render: (r) => (
              <Text size="sm" td={r.isRevoked ? 'line-through' : undefined}>
                {awardName(r.awardCode)}{' '}
                {r.isRevoked && (
                  <Badge size="xs" color="red" variant="light" tt="none">
                    {d.revoked}
                  </Badge>
                )}
              </Text>
            ),
          },
          {
            accessor: 'kind',
            title: d.awardKind,
            noWrap: true,
            render: (r) => ui.people.awardKinds[r.kind] ?? r.kind,
          },
          {
            accessor: 'decisionNumber',
            title: d.decision,
            noWrap: true,
            render: (r) => r.decisionNumber ?? ui.app.none,
          },
          {
            accessor: 'decisionDate',
            title: d.decisionDate,
            noWrap: true,
            render: (r) => formatDate(r.decisionDate),
          },
          {
            accessor: 'amountVnd',
            title: d.amount,
            textAlign: 'right',
            render: (r) => formatMoney(r.amountVnd),
          },
        ]}
      />
    </Section>
  );
}
