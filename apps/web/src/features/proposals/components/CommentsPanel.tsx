import { Badge, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { ui } from '../../../i18n/ui';
import { useProposalComments } from '../api/list-comments';
import type { CommandInput } from '../api/run-proposal-command';

const p = ui.proposals;

/** Citizens' comments on the published list; the office upholds (item back to appraisal) or dismisses. */
export function CommentsPanel({
  proposalId,
  run,
}: {
  proposalId: string;
  run: (input: CommandInput) => void;
}) {
  const { data } = useProposalComments(proposalId, true);
  const [note, setNote] = useState('');
  const items = data?.items ?? [];
  if (items.length === 0) return <Text c="dimmed">{p.noComments}</Text>;
  return (
    <Stack data-testid="proposal-comments">
      <TextInput
        label={p.triageNote}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        data-testid="triage-note"
      />
      {items.map((c) => (
        <Group key={c.id} justify="space-between" data-testid="comment-row">
          <Stack gap={0}>
            <Text size="sm" fw={500}>
              {c.name} · {c.contact}
            </Text>
            <Text size="sm">{c.text}</Text>
          </Stack>
          {c.status === 'NEW' ? (
            <Group gap={4}>
              <Button
                size="xs"
                color="orange"
                disabled={note.trim().length < 3}
                onClick={() =>
                  run({ path: 'comments/triage', body: { commentId: c.id, upheld: true, note } })
                }
                data-testid="comment-uphold"
              >
                {p.uphold}
              </Button>
              <Button
                size="xs"
                variant="default"
                disabled={note.trim().length < 3}
                onClick={() =>
                  run({ path: 'comments/triage', body: { commentId: c.id, upheld: false, note } })
                }
              >
                {p.dismiss}
              </Button>
            </Group>
          ) : (
            <Badge>{c.status === 'UPHELD' ? p.uphold : p.dismiss}</Badge>
          )}
        </Group>
      ))}
    </Stack>
  );
}
