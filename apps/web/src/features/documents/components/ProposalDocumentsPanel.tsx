import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';

const d = ui.documents;

type DossierItem = {
  id: string;
  subjectType: 'PERSON' | 'COLLECTIVE' | 'HOUSEHOLD';
  subjectId: string;
  subjectName: string;
  unitId: string;
};
type Props = {
  proposal: {
    id: string;
    kind: string;
    items: DossierItem[];
    /** The proposal's allowedActions (the server's policy) that this panel reads. */
    allowedActions: { generateDocuments: boolean };
  };
};

/**
 * The report form for a nominee of a đột xuất dossier, with the achievement the item carries: a person,
 * or an org unit as its own collective (its item's unit is itself). Teams and households have no page
 * of their own and no đột xuất route.
 */
function dotXuatHref(item: DossierItem): string | null {
  const query = `documents/bao-cao-dot-xuat.docx?itemId=${item.id}`;
  if (item.subjectType === 'PERSON') return `/api/people/${item.subjectId}/${query}`;
  if (item.subjectType === 'COLLECTIVE' && item.unitId === item.subjectId)
    return `/api/org-units/${item.subjectId}/${query}`;
  return null;
}

/**
 * The dossier's own documents, at any step: the unit's Tờ trình (.docx) with its list of nominees,
 * and for a đột xuất dossier each nominee's achievement report. Plain links: the browser sends the
 * session cookie and saves the file.
 */
export function ProposalDocumentsPanel({ proposal }: Props) {
  if (!proposal.allowedActions.generateDocuments) return null;
  const reports =
    proposal.kind === 'DOT_XUAT'
      ? proposal.items.flatMap((item) => {
          const href = dotXuatHref(item);
          return href ? [{ item, href }] : [];
        })
      : [];
  return (
    <Paper withBorder p="md" data-testid="proposal-documents">
      <Title order={4} mb="sm">
        {d.proposalTitle}
      </Title>
      <Stack gap="xs">
        <Anchor
          href={`/api/proposals/${proposal.id}/documents/to-trinh.docx`}
          download
          data-testid="download-proposal-letter"
        >
          {d.proposalLetterDocx}
        </Anchor>
        <Text size="xs" c="dimmed">
          {d.proposalLetterHint}
        </Text>
        {reports.map(({ item, href }) => (
          <Anchor key={item.id} href={href} download data-testid={`download-dot-xuat-${item.id}`}>
            {t(d.reportForms.dotXuatOf, { name: item.subjectName })}
          </Anchor>
        ))}
      </Stack>
    </Paper>
  );
}
