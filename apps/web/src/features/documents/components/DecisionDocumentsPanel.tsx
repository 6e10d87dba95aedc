import { Anchor, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { ui } from '../../../i18n/ui';
import { useDecisionActions } from '../api/decision-actions';
import { CertificateDownloads } from './CertificateDownloads';
import { DecisionSignaturePanel } from './DecisionSignaturePanel';
import { MoneySummaryCard } from './MoneySummaryCard';

const d = ui.documents;

/**
 * Downloads of an issued decision: its digital signature ("Ký số"), the Quyết định (.docx), its certificates (PDF, full design or
 * text for blank stock, with progress) and the money summary for the finance office.
 */
export function DecisionDocumentsPanel({ decisionId }: { decisionId: string }) {
  const actions = useDecisionActions(decisionId);
  // Nothing while the flags load, nor when the documents' routes would refuse this reader.
  if (!actions.data?.generateDocuments) return null;
  return (
    <Paper withBorder p="md" data-testid="decision-documents">
      <Title order={4} mb="sm">
        {d.title}
      </Title>
      <Stack gap="sm">
        <DecisionSignaturePanel decisionId={decisionId} canSign={actions.data.sign} />
        <Divider />
        <Anchor
          href={`/api/decisions/${decisionId}/documents/quyet-dinh.docx`}
          download
          data-testid="download-decision-docx"
        >
          {d.decisionDocx}
        </Anchor>
        <CertificateDownloads decisionId={decisionId} />
        <Text size="xs" c="dimmed">
          {d.hint}
        </Text>
        <Divider />
        <MoneySummaryCard decisionId={decisionId} />
      </Stack>
    </Paper>
  );
}
