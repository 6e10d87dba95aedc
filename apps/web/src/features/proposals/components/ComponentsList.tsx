import { Badge, Button, FileButton, Group, Table, Text } from '@mantine/core';
import { vi } from '../../../i18n/vi';
import type { ProposalComponent } from '../api/proposal.types';

const p = vi.proposals;

export type ComponentUpload = { component: string } & (
  | { generated: true }
  | { fileName: string; mimeType: string; contentBase64: string }
);

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

/** Required components; the unit uploads each (SHA-256 kept) or marks it generated. */
export function ComponentsList({
  components,
  onUpload,
  onConfirmMinutes,
  busy = false,
}: {
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
                    onChange={async (file) => {
                      if (!file) return;
                      onUpload({
                        component: c.name,
                        fileName: file.name,
                        mimeType: file.type || 'application/octet-stream',
                        contentBase64: await toBase64(file),
                      });
                    }}
                  >
                    {(props) => (
                      <Button
                        size="xs"
                        variant="default"
                        {...props}
                        disabled={busy}
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
