import { Anchor, Badge, Button, FileButton, Group, Table, Text } from '@mantine/core';
import { t, ui } from '../../../i18n/ui';
import { fileTypeLabel, formatFileSize, opensInBrowser } from '../../../lib/format';
import type { ProposalComponent } from '../api/proposal.types';

const p = ui.proposals;

/** A component marked generated, or its file (sent as the raw body, checked by content on the server). */
export type ComponentUpload = { component: string } & ({ generated: true } | { file: File });

/** What the appraiser needs to read a component: name, size, type, uploader, and a way to open it. */
function ComponentFile({
  proposalId,
  component,
  i,
}: {
  proposalId: string;
  component: ProposalComponent;
  i: number;
}) {
  const { file, fileId } = component;
  if (!file || !fileId) return null;
  // Same origin and the dossier's own access rules: the server answers 403 outside its scope.
  const href = `/api/proposals/${proposalId}/files/${fileId}`;
  return (
    <Group gap="xs" mt={4} data-testid={`component-file-${i}`}>
      <Text size="sm" fw={500}>
        {file.name}
      </Text>
      <Text size="xs" c="dimmed">
        {formatFileSize(file.sizeBytes)} · {fileTypeLabel(file.mimeType)}
        {file.uploadedByName && ` · ${t(p.uploadedBy, { name: file.uploadedByName })}`}
      </Text>
      {opensInBrowser(file.mimeType) && (
        <Anchor
          size="sm"
          href={href}
          target="_blank"
          rel="noopener"
          title={p.openFileTitle}
          data-testid={`component-open-${i}`}
        >
          {p.openFile}
        </Anchor>
      )}
      <Anchor size="sm" href={href} download={file.name} data-testid={`component-download-${i}`}>
        {p.downloadFile}
      </Anchor>
    </Group>
  );
}

/** Required components; the unit uploads each (SHA-256 kept) or marks it generated. */
export function ComponentsList({
  proposalId,
  components,
  onUpload,
  onConfirmMinutes,
  busy = false,
}: {
  proposalId: string;
  components: ProposalComponent[];
  onUpload?: ((u: ComponentUpload) => void) | undefined;
  /** The unit leader confirms a generated minutes draft (it counts only then). */
  onConfirmMinutes?: ((component: string) => void) | undefined;
  /** While a command runs, another would carry a stale version (VERSION_CONFLICT). */
  busy?: boolean;
}) {
  return (
    <Table withTableBorder data-testid="proposal-components">
      <Table.Tbody>
        {components.map((c, i) => (
          <Table.Tr key={c.name} data-testid={`component-${i}`}>
            <Table.Td>{c.name}</Table.Td>
            <Table.Td>
              <Badge
                color={c.present ? 'green' : c.awaitingConfirmation ? 'yellow' : 'red'}
                variant="light"
                data-testid={`component-status-${i}`}
                data-present={c.present}
                data-awaiting={c.awaitingConfirmation}
              >
                {c.awaitingConfirmation
                  ? p.componentAwaitingConfirmation
                  : c.present
                    ? c.isGenerated
                      ? c.confirmedAt
                        ? p.componentConfirmed
                        : p.componentGenerated
                      : p.componentPresent
                    : p.componentMissing}
              </Badge>
              {c.awaitingConfirmation && onConfirmMinutes && (
                <Button
                  size="xs"
                  ml="xs"
                  disabled={busy}
                  onClick={() => onConfirmMinutes(c.name)}
                  data-testid={`component-confirm-${i}`}
                >
                  {p.confirmMinutes}
                </Button>
              )}
              <ComponentFile proposalId={proposalId} component={c} i={i} />
              {c.sha256 && (
                <Text size="xs" c="dimmed" ff="monospace">
                  SHA-256 {c.sha256.slice(0, 16)}…
                </Text>
              )}
            </Table.Td>
            {onUpload && (
              <Table.Td>
                <Group gap={4}>
                  <FileButton
                    accept=".pdf,.doc,.docx,.xls,.xlsx,.jpg,.jpeg,.png"
                    onChange={(file) => {
                      if (file) onUpload({ component: c.name, file });
                    }}
                  >
                    {(props) => (
                      <Button
                        size="xs"
                        variant="default"
                        {...props}
                        disabled={busy}
                        title={p.uploadAccept}
                        data-testid={`component-upload-${i}`}
                      >
                        {p.upload}
                      </Button>
                    )}
                  </FileButton>
                  <Button
                    size="xs"
                    variant="subtle"
                    disabled={busy}
                    onClick={() => onUpload({ component: c.name, generated: true })}
                    data-testid={`component-generate-${i}`}
                  >
                    {p.generate}
                  </Button>
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
