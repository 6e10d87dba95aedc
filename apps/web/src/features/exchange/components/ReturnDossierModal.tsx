import { ActionIcon, Button, Group, Modal, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { t, ui } from '../../../i18n/ui';
import type { ExchangeReturnReason, IncomingDossier, ReturnReasonCode } from '../api/incoming-dossiers';

const x = ui.exchange;
const r = ui.exchange.return;
const CODES = Object.keys(x.reasonCodes) as ReturnReasonCode[];

type Draft = { code: ReturnReasonCode; text: string; itemId: string | null };
const blank = (): Draft => ({ code: 'MISSING_COMPONENT', text: '', itemId: null });

/**
 * "Trả lại": structured reasons (a code, what to fix, optionally the nominee concerned), then a
 * confirmation that names the sender and the number of reasons.
 */
export function ReturnDossierModal({
  dossier,
  busy,
  onClose,
  onReturn,
}: {
  dossier: IncomingDossier;
  busy: boolean;
  onClose: () => void;
  onReturn: (reasons: ExchangeReturnReason[]) => void;
}) {
  const [reasons, setReasons] = useState<Draft[]>([blank()]);
  const [tried, setTried] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const set = (i: number, patch: Partial<Draft>) =>
    setReasons((all) => all.map((d, j) => (j === i ? { ...d, ...patch } : d)));
  const valid = reasons.every((d) => d.text.trim().length >= 5);
  const items = dossier.items.map((i) => ({ value: i.id, label: i.subject.name }));
  return (
    <Modal opened onClose={onClose} title={confirming ? r.confirmTitle : r.title} size="lg">
      {confirming ? (
        <Stack>
          <Text size="sm" data-testid="return-dossier-confirm-text">
            {t(r.confirm, { title: dossier.title, sender: dossier.senderName, count: reasons.length })}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>
              {ui.app.cancel}
            </Button>
            <Button
              color="orange"
              loading={busy}
              data-testid="return-dossier-confirm"
              onClick={() =>
                onReturn(reasons.map((d) => ({ code: d.code, text: d.text.trim(), itemId: d.itemId })))
              }
            >
              {r.submit}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <Text size="sm" c="dimmed">
            {r.hint}
          </Text>
          {reasons.map((d, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the drafts have no identity but their place.
            <Paper key={i} withBorder p="sm" data-testid="return-reason">
              <Stack gap="xs">
                <Group grow align="flex-start">
                  <Select
                    label={r.code}
                    data={CODES.map((c) => ({ value: c, label: x.reasonCodes[c] }))}
                    value={d.code}
                    allowDeselect={false}
                    onChange={(v) => v && set(i, { code: v as ReturnReasonCode })}
                    data-testid="return-reason-code"
                  />
                  <Select
                    label={r.item}
                    data={items}
                    value={d.itemId}
                    clearable
                    onChange={(v) => set(i, { itemId: v })}
                    data-testid="return-reason-item"
                  />
                </Group>
                <Textarea
                  label={r.text}
                  withAsterisk
                  autosize
                  minRows={2}
                  value={d.text}
                  onChange={(e) => set(i, { text: e.currentTarget.value })}
                  error={tried && d.text.trim().length < 5 ? r.textRequired : null}
                  data-testid="return-reason-text"
                />
                {reasons.length > 1 && (
                  <Group justify="flex-end">
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={r.removeReason}
                      onClick={() => setReasons((all) => all.filter((_, j) => j !== i))}
                    >
                      <IconTrash size={16} />
                    </ActionIcon>
                  </Group>
                )}
              </Stack>
            </Paper>
          ))}
          <Group justify="space-between">
            <Button
              variant="subtle"
              onClick={() => setReasons((all) => [...all, blank()])}
              data-testid="return-reason-add"
            >
              {r.addReason}
            </Button>
            <Button
              color="orange"
              data-testid="return-dossier-next"
              onClick={() => {
                setTried(true);
                if (valid) setConfirming(true);
              }}
            >
              {r.next}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
