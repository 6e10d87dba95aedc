import { Badge, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { RouterButton } from '../../../components/RouterButton';
import { t, ui } from '../../../i18n/ui';
import { formatMoney, formatNumber } from '../../../lib/format';
import { saveNominationDraft } from '../../../lib/nomination-draft';
import type { SuggestedSubject, UnitSuggestions } from '../api/eligibility.types';

const s = ui.eligibility.suggestions;
const PAGE_SIZE = 10;

/** "311 cá nhân", "4 tập thể" or both. */
function countLabel(subjects: SuggestedSubject[]): string {
  const people = subjects.filter((subject) => subject.type === 'PERSON').length;
  const collectives = subjects.length - people;
  const parts = [];
  if (people > 0) parts.push(t(s.people, { count: formatNumber(people) }));
  if (collectives > 0) parts.push(t(s.collectives, { count: formatNumber(collectives) }));
  return parts.join(' · ');
}

function SubjectName({ subject }: { subject: SuggestedSubject }) {
  const link =
    subject.type === 'PERSON' ? (
      <RouterAnchor to="/ca-nhan/$personId" params={{ personId: subject.id }} size="sm">
        {subject.name}
      </RouterAnchor>
    ) : (
      <RouterAnchor to="/don-vi/$unitId" params={{ unitId: subject.id }} size="sm">
        {subject.name}
      </RouterAnchor>
    );
  return (
    <Group gap={6} wrap="nowrap">
      <span data-testid="suggestions-row-name">{link}</span>
      {subject.isDirectWorker && (
        <Badge size="xs" variant="light" color="teal" tt="none" style={{ flexShrink: 0 }}>
          {s.directWorker}
        </Badge>
      )}
      {subject.isWomenPriority && (
        <Badge size="xs" variant="light" color="pink" tt="none" style={{ flexShrink: 0 }}>
          {s.womenPriority}
        </Badge>
      )}
      {subject.isPending && (
        <Tooltip label={s.pendingSubjectHint}>
          <Badge
            size="xs"
            variant="light"
            color="orange"
            tt="none"
            style={{ flexShrink: 0 }}
            data-testid="suggestions-row-pending"
          >
            {s.pendingSubject}
          </Badge>
        </Tooltip>
      )}
      {subject.type === 'COLLECTIVE' && (
        <Badge size="xs" variant="light" color="grape" tt="none" style={{ flexShrink: 0 }}>
          {s.collective}
        </Badge>
      )}
    </Group>
  );
}

type Props = {
  award: UnitSuggestions['awards'][number];
  unitId: string;
  year: number;
  /** Whether the reader may start a dossier submitted by this unit (the list's allowedActions). */
  mayCreateProposal: boolean;
};

export function SuggestionCard({ award, unitId, year, mayCreateProposal }: Props) {
  const [page, setPage] = useState(1);
  // Everyone listed qualifies for this award: the dossier form opens with all of them selected.
  const startDossier = () =>
    saveNominationDraft({
      unitId,
      year,
      rows: award.subjects.map((subject) => ({
        subjectType: subject.type,
        subjectId: subject.id,
        label: `${subject.name} — ${subject.unitName}`,
        awardCode: award.award,
      })),
    });
  const total = award.subjects.reduce((sum, subject) => sum + (subject.amountVnd ?? 0), 0);
  return (
    <Paper withBorder radius="md" p="md" data-testid={`suggestions-award-${award.award}`}>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Stack gap={0}>
          <Title order={5}>{award.name}</Title>
          <Text size="xs" c="dimmed">
            {t(s.totalAmount, { amount: formatMoney(total) })}
          </Text>
        </Stack>
        <Group gap="xs">
          <Badge size="lg" variant="light" tt="none" data-testid={`suggestions-count-${award.award}`}>
            {countLabel(award.subjects)}
          </Badge>
          {mayCreateProposal && (
            <RouterButton
              to="/ho-so-de-nghi/moi"
              size="xs"
              onClick={startDossier}
              data-testid={`suggestions-start-${award.award}`}
            >
              {ui.nominees.fromSuggestions}
            </RouterButton>
          )}
        </Group>
      </Group>
      <DataTable<SuggestedSubject>
        withTableBorder={false}
        striped
        records={award.subjects.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE)}
        totalRecords={award.subjects.length}
        recordsPerPage={PAGE_SIZE}
        page={page}
        onPageChange={setPage}
        paginationText={({ from, to, totalRecords }) =>
          t(s.pagination, { from, to, total: formatNumber(totalRecords) })
        }
        idAccessor="id"
        customRowAttributes={(subject) => ({
          'data-testid': 'suggestions-row',
          'data-direct-worker': subject.isDirectWorker,
        })}
        columns={[
          { accessor: 'name', title: s.colName, render: (subject) => <SubjectName subject={subject} /> },
          {
            accessor: 'unitName',
            title: s.colUnit,
            render: (subject) => (
              <Text size="sm" data-testid="suggestions-row-unit">
                {subject.unitName}
              </Text>
            ),
          },
          {
            accessor: 'amountVnd',
            title: s.colAmount,
            textAlign: 'right',
            noWrap: true,
            render: (subject) => formatMoney(subject.amountVnd),
          },
        ]}
      />
    </Paper>
  );
}
