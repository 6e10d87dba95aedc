import { Paper, Title } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { EligibilityBody } from './EligibilityBody';

/**
 * "Điều kiện khen thưởng" for a person. The person page shows it only when the person says the
 * reader may read their eligibility (allowedActions.readEligibility).
 */
export function EligibilityPanel({ subjectId }: { subjectId: string }) {
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4} mb="sm">
        {ui.eligibility.title}
      </Title>
      <EligibilityBody subjectId={subjectId} />
    </Paper>
  );
}
