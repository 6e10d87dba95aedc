import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { vi } from '../../../i18n/vi';
import { useCan } from '../../../lib/session/use-can';

const d = vi.documents;

/**
 * The dossier's own documents, at any step: the unit's Tờ trình (.docx) with its list of nominees.
 * A plain link: the browser sends the session cookie and saves the file.
 */
export function ProposalDocumentsPanel({ proposalId }: { proposalId: string }) {
  const can = useCan();
  if (!can('document:generate')) return null;
  return (
    <Paper withBorder p="md" data-testid="proposal-documents">
      <Title order={4} mb="sm">
        {d.proposalTitle}
      </Title>
      <Stack gap="xs">
        <Anchor
          href={`/api/proposals/${proposalId}/documents/to-trinh.docx`}
          download
          data-testid="download-proposal-letter"
        >
          {d.proposalLetterDocx}
        </Anchor>
        <Text size="xs" c="dimmed">
          {d.proposalLetterHint}
        </Text>
      </Stack>
    </Paper>
  );
}
