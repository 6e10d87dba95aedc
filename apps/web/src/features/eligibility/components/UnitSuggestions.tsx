import { Center, Group, Loader, Stack, Text } from '@mantine/core';
import { AWARD_CODES } from '@vinhdanh/domain/rules/types';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatDateTime, formatNumber } from '../../../lib/format';
import type { UnitSuggestions as Suggestions } from '../api/eligibility.types';
import { useUnitSuggestions } from '../api/get-unit-suggestions';
import { useEligibilityYear } from '../hooks/use-eligibility-year';
import { SuggestionCard } from './SuggestionCard';
import { YearSelect } from './YearSelect';

const s = ui.eligibility.suggestions;
const CATALOGUE_ORDER: readonly string[] = AWARD_CODES;

// The server groups in no particular order; the catalogue order goes from annual titles up.
function byCatalogue(awards: Suggestions['awards']): Suggestions['awards'] {
  const rank = (code: string) => {
    const index = CATALOGUE_ORDER.indexOf(code);
    return index === -1 ? CATALOGUE_ORDER.length : index;
  };
  return [...awards].sort((a, b) => rank(a.award) - rank(b.award));
}

/** How fresh the lists are: subjects still being judged again, else when the verdicts were computed. */
function Freshness({ data }: { data: Suggestions }) {
  if (data.pending > 0)
    return (
      <Group gap={6} data-testid="suggestions-pending">
        <Loader size="xs" />
        <Text size="xs" c="orange">
          {t(s.pending, { count: formatNumber(data.pending) })}
        </Text>
      </Group>
    );
  if (!data.computedAt) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="suggestions-computed-at">
      {t(s.computedAt, { time: formatDateTime(data.computedAt) })}
    </Text>
  );
}

/** "Gợi ý đề nghị": who under the unit is eligible for each award, so nobody is forgotten. */
export function UnitSuggestions({ unitId }: { unitId: string }) {
  const [year, setYear] = useEligibilityYear();
  const { data, error, isLoading } = useUnitSuggestions(unitId, year);

  return (
    <Stack data-testid="suggestions-panel">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2} maw={720}>
          <Text size="sm" fw={500}>
            {t(s.title, { year })}
          </Text>
          <Text size="xs" c="dimmed">
            {s.hint}
          </Text>
          {/* The line is kept while loading, so the year picker beside it does not jump (and
              close its open list) when the answer arrives. */}
          {data ? (
            <Text size="xs" c="dimmed" data-testid="suggestions-rule-set">
              {t(ui.eligibility.ruleSet, { id: data.ruleSet })}
            </Text>
          ) : (
            <Text size="xs" aria-hidden>
              {'\u00a0'}
            </Text>
          )}
        </Stack>
        <YearSelect value={year} onChange={setYear} testId="suggestions-year" />
      </Group>
      {isLoading ? (
        <Center py="xl">
          <Stack align="center" gap="xs" data-testid="suggestions-loading">
            <Loader />
            <Text size="sm" c="dimmed">
              {s.scanning}
            </Text>
          </Stack>
        </Center>
      ) : error || !data ? (
        <ErrorAlert error={error} />
      ) : data.awards.length === 0 && data.pending > 0 ? (
        <Freshness data={data} />
      ) : data.awards.length === 0 ? (
        <Text c="dimmed" size="sm" data-testid="suggestions-empty">
          {t(s.empty, { year })}
        </Text>
      ) : (
        <>
          <Freshness data={data} />
          <Text size="xs" c="dimmed" data-testid="suggestions-order">
            {data.order}
          </Text>
          {byCatalogue(data.awards).map((award) => (
            <SuggestionCard
              key={award.award}
              award={award}
              unitId={unitId}
              year={year}
              mayCreateProposal={data.allowedActions.createProposal}
            />
          ))}
        </>
      )}
    </Stack>
  );
}
