import { Paper, Title } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { useCan } from '../../../lib/session/use-can';
import { EligibilityBody } from './EligibilityBody';

/** "Điều kiện khen thưởng" for a person; hidden from users who may not read eligibility. */
export function EligibilityPanel({ subjectId }: { subjectId: string }) {
  const can = useCan();
  if (!can('eligibility:read')) return null;
  return (
    <Paper withBorder radius="md" p="lg">
      <Title order={4} mb="sm">
        {ui.eligibility.title}
      </Title>
      <EligibilityBody subjectId={subjectId} />
    </Paper>
  );
}
