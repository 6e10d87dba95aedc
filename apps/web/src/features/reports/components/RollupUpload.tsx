import { Badge, Button, FileButton, Group, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { IconSend, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { t, ui } from '../../../i18n/ui';
import { isApiError } from '../../../lib/api';
import { importRollupFile, type RollupImportResult, useInvalidateRollup } from '../api/rollup';

const r = ui.reports.rollup;

type Item = {
  key: string;
  file: File;
  status: 'waiting' | 'reading' | 'sending' | 'done' | 'refused';
  progress: number;
  result?: RollupImportResult;
  error?: { code: string; message: string };
};

/** When the file is a report, the time it was frozen: a batch is sent oldest first. */
function frozenAtOf(text: string): number {
  try {
    const at = (JSON.parse(text) as { frozenAt?: unknown }).frozenAt;
    return typeof at === 'string' ? Date.parse(at) || 0 : 0;
  } catch {
    return 0;
  }
}

type Props = { onImported: (result: RollupImportResult) => void };

/**
 * The provinces' JSON files, sent one request per file so that each shows its own progress and
 * result: a refused file (an older freeze, an altered file) does not hold back the others.
 */
export function RollupUpload({ onImported }: Props) {
  const [items, setItems] = useState<Item[]>([]);
  const [running, setRunning] = useState(false);
  const invalidate = useInvalidateRollup();
  // Cleared after each pick, so that picking the same file again (to resend it) is seen.
  const resetRef = useRef<() => void>(null);
  const update = (key: string, patch: Partial<Item>) =>
    setItems((all) => all.map((i) => (i.key === key ? { ...i, ...patch } : i)));

  const choose = (files: File[]) => {
    resetRef.current?.();
    setItems(
      files.map((file, n) => ({
        key: `${Date.now()}-${n}-${file.name}`,
        file,
        status: 'waiting' as const,
        progress: 0,
      })),
    );
  };

  const send = async () => {
    setRunning(true);
    const pending = items.filter((i) => i.status === 'waiting');
    const read: { item: Item; text: string }[] = [];
    for (const item of pending) {
      update(item.key, { status: 'reading' });
      read.push({ item, text: await item.file.text() });
    }
    read.sort((a, b) => frozenAtOf(a.text) - frozenAtOf(b.text));
    let last: RollupImportResult | undefined;
    for (const { item, text } of read) {
      update(item.key, { status: 'sending', progress: 0 });
      try {
        const result = await importRollupFile(item.file.name, text, (p) => update(item.key, { progress: p }));
        update(item.key, { status: 'done', progress: 1, result });
        last = result;
      } catch (e) {
        // The server names the file's own fault in the details (e.g. which revision it already has).
        const error = isApiError(e)
          ? { code: e.code, message: [e.message, e.details[0]?.message].filter(Boolean).join(' ') }
          : { code: 'INTERNAL', message: ui.errors.INTERNAL };
        update(item.key, { status: 'refused', progress: 1, error });
      }
    }
    setRunning(false);
    await invalidate();
    if (last) onImported(last);
  };

  const finished = items.filter((i) => i.status === 'done' || i.status === 'refused').length;
  const waiting = items.filter((i) => i.status === 'waiting').length;
  return (
    <Paper withBorder radius="md" p="md" mb="md" data-testid="rollup-upload">
      <Stack gap="sm">
        <Title order={4}>{r.upload}</Title>
        <Text size="sm" c="dimmed">
          {r.uploadHint}
        </Text>
        <Group>
          <FileButton
            onChange={choose}
            accept=".json,application/json"
            multiple
            resetRef={resetRef}
            inputProps={{ 'data-testid': 'rollup-input' } as React.ComponentProps<'input'>}
          >
            {(props) => (
              <Button {...props} variant="light" leftSection={<IconUpload size={16} />} disabled={running}>
                {r.choose}
              </Button>
            )}
          </FileButton>
          <Button
            leftSection={<IconSend size={16} />}
            onClick={send}
            disabled={waiting === 0 || running}
            loading={running}
            data-testid="rollup-send"
          >
            {t(r.send, { n: waiting })}
          </Button>
          {items.length > 0 && !running && (
            <Button variant="subtle" color="gray" onClick={() => setItems([])}>
              {r.clear}
            </Button>
          )}
        </Group>
        {items.length > 0 && (
          <>
            <Text size="sm" data-testid="rollup-progress">
              {t(r.progress, { done: finished, total: items.length })}
            </Text>
            <Table fz="sm" data-testid="rollup-files">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{r.fileName}</Table.Th>
                  <Table.Th w={180} />
                  <Table.Th>{r.status}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((i) => (
                  <Table.Tr key={i.key} data-testid="rollup-file" data-status={i.status}>
                    <Table.Td>{i.file.name}</Table.Td>
                    <Table.Td>
                      <Progress
                        value={Math.round(i.progress * 100)}
                        animated={i.status === 'sending'}
                        color={i.status === 'refused' ? 'red' : undefined}
                      />
                    </Table.Td>
                    <Table.Td data-testid="rollup-file-status">
                      <FileStatus item={i} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </>
        )}
      </Stack>
    </Paper>
  );
}

function FileStatus({ item }: { item: Item }) {
  if (item.status === 'waiting') return <Text size="sm">{r.waiting}</Text>;
  if (item.status === 'reading') return <Text size="sm">{r.reading}</Text>;
  if (item.status === 'sending') return <Text size="sm">{r.sending}</Text>;
  if (item.status === 'refused' && item.error)
    return (
      <Stack gap={2}>
        <Badge color="red" variant="light" data-testid="rollup-outcome" data-outcome={item.error.code}>
          {item.error.code === 'REPORT_IMPORT_OLDER' ? r.refusedOlder : r.refused}
        </Badge>
        <Text size="xs" c="red">
          {item.error.message}
        </Text>
      </Stack>
    );
  const res = item.result;
  if (!res) return null;
  return (
    <Stack gap={2}>
      <Badge
        color={res.outcome === 'UNCHANGED' ? 'gray' : 'green'}
        variant="light"
        data-testid="rollup-outcome"
        data-outcome={res.outcome}
      >
        {r.outcome[res.outcome]}
      </Badge>
      <Text size="xs" c="dimmed">
        {t(r.senderLine, {
          name: res.senderName,
          form: res.formCode,
          year: res.year,
          revision: res.revision,
        })}
      </Text>
    </Stack>
  );
}
