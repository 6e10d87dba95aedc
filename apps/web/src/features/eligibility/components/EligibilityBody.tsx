import { Accordion, Center, Group, List, Loader, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconCalendarEvent } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import type { EligibilityForecast, EligibilityVerdict } from '../api/eligibility.types';
import { useSubjectEligibility } from '../api/get-subject-eligibility';
import { useEligibilityYear } from '../hooks/use-eligibility-year';
import { VerdictItem, verdictStatus } from './VerdictItem';
import { YearSelect } from './YearSelect';

const e = ui.eligibility;
const RANK = { ELIGIBLE: 0, HELD: 1, INELIGIBLE: 2 } as const;

/** Eligible awards first, then held ones, then the rest; the catalogue order within each group. */
function sortVerdicts(verdicts: EligibilityVerdict[]): EligibilityVerdict[] {
  return verdicts
    .map((verdict, index) => ({ verdict, index }))
    .sort((a, b) => RANK[verdictStatus(a.verdict)] - RANK[verdictStatus(b.verdict)] || a.index - b.index)
    .map(({ verdict }) => verdict);
}

function ForecastList({ items }: { items: EligibilityForecast[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="eligibility-forecast">
      <Title order={5}>{e.forecastTitle}</Title>
      <List spacing="xs">
        {items.map((item) => (
          <List.Item
            key={item.award}
            data-testid={`eligibility-forecast-${item.award}`}
            icon={
              <ThemeIcon color="blue" variant="light" radius="xl" size="sm">
                <IconCalendarEvent size={12} />
              </ThemeIcon>
            }
          >
            <Text size="sm">{item.text}</Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** Verdicts with reasons and citations for one person or collective, for a chosen year. */
export function EligibilityBody({ subjectId }: { subjectId: string }) {
  const [year, setYear] = useEligibilityYear();
  const { data, error, isLoading, isPlaceholderData } = useSubjectEligibility(subjectId, year);
  const verdicts = data ? sortVerdicts(data.verdicts) : [];
  const eligibleCount = verdicts.filter((verdict) => verdictStatus(verdict) === 'ELIGIBLE').length;

  return (
    <Stack data-testid="eligibility-panel">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <Stack gap={2}>
          {data && (
            <>
              <Text size="sm" fw={500} data-testid="eligibility-summary">
                {t(e.summary, { eligible: eligibleCount, total: verdicts.length })}
              </Text>
              <Text size="xs" c="dimmed" data-testid="eligibility-rule-set">
                {t(e.ruleSet, { id: data.ruleSet })}
              </Text>
            </>
          )}
        </Stack>
        <Group gap="xs" align="flex-end">
          {isPlaceholderData && <Loader size="xs" mb={10} />}
          <YearSelect value={year} onChange={setYear} testId="eligibility-year" />
        </Group>
      </Group>
      {isLoading ? (
        <Center py="lg">
          <Loader />
        </Center>
      ) : error || !data ? (
        <ErrorAlert error={error} />
      ) : verdicts.length === 0 ? (
        <Text c="dimmed" size="sm">
          {e.empty}
        </Text>
      ) : (
        <Stack style={{ opacity: isPlaceholderData ? 0.6 : 1 }} aria-busy={isPlaceholderData}>
          <Accordion multiple variant="separated" chevronPosition="right">
            {verdicts.map((verdict) => (
              <VerdictItem key={verdict.award} verdict={verdict} />
            ))}
          </Accordion>
          <ForecastList items={data.forecast.filter((item) => item.status === 'LATER')} />
        </Stack>
      )}
    </Stack>
  );
}
