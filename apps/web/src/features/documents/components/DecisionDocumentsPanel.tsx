import { Anchor, Group, Paper, Text, Title } from '@mantine/core';
import { vi } from '../../../i18n/vi';
import { useCan } from '../../../lib/session/use-can';

const d = vi.documents;

/**
 * Downloads of an issued decision: the Quyết định (.docx) and its certificates (PDF, full design or
 * text for blank stock). Plain links: the browser sends the session cookie and shows its own progress.
 */
export function DecisionDocumentsPanel({ decisionId }: { decisionId: string }) {
  const can = useCan();
  if (!can('document:generate')) return null;
  const base = `/api/decisions/${decisionId}`;
  return (
    <Paper withBorder p="md" data-testid="decision-documents">
      <Title order={4} mb="sm">
        {d.title}
      </Title>
      <Group>
        <Anchor href={`${base}/documents/quyet-dinh.docx`} download data-testid="download-decision-docx">
          {d.decisionDocx}
        </Anchor>
        <Anchor href={`${base}/certificates.pdf?layout=full`} download data-testid="download-certificates">
          {d.certificatesFull}
        </Anchor>
        <Anchor href={`${base}/certificates.pdf?layout=blank-stock`} download>
          {d.certificatesBlank}
        </Anchor>
      </Group>
      <Text size="xs" c="dimmed" mt="xs">
        {d.hint}
      </Text>
    </Paper>
  );
}
