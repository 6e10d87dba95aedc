import { Button, Tooltip } from '@mantine/core';
import { IconFileTypeDocx } from '@tabler/icons-react';
import { ui } from '../../../i18n/ui';

const d = ui.documents;

type Props = { subject: { id: string; kind: 'PERSON' | 'COLLECTIVE' } };

/**
 * Downloads the báo cáo thành tích of a person or a unit, pre-filled from its record. A plain link:
 * the browser sends the session cookie and saves the file under the server's name.
 * Rendered only where the subject's timeline allows generateDocuments (its allowedActions).
 */
export function AchievementReportLink({ subject }: Props) {
  const base = subject.kind === 'PERSON' ? `/api/people/${subject.id}` : `/api/org-units/${subject.id}`;
  return (
    <Tooltip label={d.achievementReportHint} multiline w={320} withArrow>
      <Button
        component="a"
        href={`${base}/documents/bao-cao-thanh-tich.docx`}
        download
        size="xs"
        variant="default"
        leftSection={<IconFileTypeDocx size={14} />}
        data-testid="download-achievement-report"
      >
        {d.achievementReport}
      </Button>
    </Tooltip>
  );
}
