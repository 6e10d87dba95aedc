import { Badge, Button, Group, Paper, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { DataTable } from 'mantine-datatable';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { RouterAnchor } from '../../../components/RouterAnchor';
import { t, ui } from '../../../i18n/ui';
import { formatMoney, formatNumber } from '../../../lib/format';
import { saveNominationDraft } from '../../../lib/nomination-draft';
import type { SuggestedSubject, UnitSuggestions } from '../api/eligibility.types';
import { getAwardSuggestionsPage } from '../api/get-unit-suggestions';

const s = ui.eligibility.suggestions;
/** Subjects a dossier's "whole list" is read in, page after page. */
const DOSSIER_PAGE = 1000;

type Award = UnitSuggestions['awards'][number];

/** "311 cá nhân", "4 tập thể" or both; "hơn 1.000 cá nhân" when the server stopped counting. */
function countLabel(award: Award): string {
  const parts = [];
  if (award.people > 0)
    parts.push(
      award.totalCapped
        ? t(s.peopleMore, { count: formatNumber(award.people) })
        : t(s.people, { count: formatNumber(award.people) }),
    );
  if (award.collectives > 0) parts.push(t(s.collectives, { count: formatNumber(award.collectives) }));
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
  award: Award;
  unitId: string;
  year: number;
  /** Whether the reader may start a dossier submitted by this unit (the list's allowedActions). */
  mayCreateProposal: boolean;
};

/**
 * One award's list: its first page comes with the unit's answer; "Xem thêm" reads the next page
 * from the award's cursor (issue 19: the list is never fetched whole to be shown).
 */
export function SuggestionCard({ award, unitId, year, mayCreateProposal }: Props) {
  const navigate = useNavigate();
  // The pages read after the first, for the first page they continue (a refetch starts again).
  const [more, setMore] = useState<{ from: Award; subjects: SuggestedSubject[]; cursor: string | null }>();
  const [busy, setBusy] = useState<'more' | 'dossier' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const extra = more?.from === award ? more : undefined;
  const subjects = extra ? [...award.subjects, ...extra.subjects] : award.subjects;
  const cursor = extra ? extra.cursor : award.nextCursor;

  const loadMore = async () => {
    if (!cursor) return;
    setBusy('more');
    setError(null);
    try {
      const page = await getAwardSuggestionsPage(unitId, year, award.award, cursor);
      setMore({
        from: award,
        subjects: [...(extra?.subjects ?? []), ...page.subjects],
        cursor: page.nextCursor,
      });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(null);
    }
  };

  // Everyone listed qualifies for this award: the dossier form opens with all of them selected, so
  // the pages not read yet are read first.
  const startDossier = async () => {
    setBusy('dossier');
    setError(null);
    try {
      const all = [...subjects];
      for (let next = cursor; next; ) {
        const page = await getAwardSuggestionsPage(unitId, year, award.award, next, DOSSIER_PAGE);
        all.push(...page.subjects);
        next = page.nextCursor;
      }
      saveNominationDraft({
        unitId,
        year,
        rows: all.map((subject) => ({
          subjectType: subject.type,
          subjectId: subject.id,
          label: `${subject.name} — ${subject.unitName}`,
          awardCode: award.award,
        })),
      });
      await navigate({ to: '/ho-so-de-nghi/moi' });
    } catch (e) {
      setError(e);
      setBusy(null);
    }
  };
  // The sum of the whole list, once it is all here.
  const total = cursor ? null : subjects.reduce((sum, subject) => sum + (subject.amountVnd ?? 0), 0);
  return (
    <Paper withBorder radius="md" p="md" data-testid={`suggestions-award-${award.award}`}>
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Stack gap={0}>
          <Title order={5}>{award.name}</Title>
          {total !== null && (
            <Text size="xs" c="dimmed">
              {t(s.totalAmount, { amount: formatMoney(total) })}
            </Text>
          )}
        </Stack>
        <Group gap="xs">
          <Badge size="lg" variant="light" tt="none" data-testid={`suggestions-count-${award.award}`}>
            {countLabel(award)}
          </Badge>
          {mayCreateProposal && (
            <Button
              size="xs"
              onClick={startDossier}
              loading={busy === 'dossier'}
              data-testid={`suggestions-start-${award.award}`}
            >
              {ui.nominees.fromSuggestions}
            </Button>
          )}
        </Group>
      </Group>
      {error ? <ErrorAlert error={error} /> : null}
      <DataTable<SuggestedSubject>
        withTableBorder={false}
        striped
        records={subjects}
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
      <Group justify="space-between" mt="xs" gap="xs">
        <Text size="xs" c="dimmed" data-testid={`suggestions-shown-${award.award}`}>
          {t(award.totalCapped ? s.shownOfMore : s.shownOf, {
            shown: formatNumber(subjects.length),
            total: formatNumber(award.total),
          })}
        </Text>
        {cursor && (
          <Button
            size="xs"
            variant="light"
            onClick={loadMore}
            loading={busy === 'more'}
            data-testid={`suggestions-more-${award.award}`}
          >
            {s.more}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
