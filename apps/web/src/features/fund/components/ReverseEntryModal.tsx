import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { formatDate, formatMoney } from '../../../lib/format';
import type { FundEntry } from '../api/fund.types';
import { useReverseEntry } from '../api/reverse-entry';

const r = ui.fund.reversal;

/**
 * The correction of a ledger entry: a reversing entry with the reason. It cannot be undone, so the
 * dialog says so in red before the red button.
 */
export function ReverseEntryModal({ entry, onClose }: { entry: FundEntry; onClose: () => void }) {
  const reverse = useReverseEntry();
  const form = useForm({
    initialValues: { reason: '' },
    validate: {
      reason: (v: string) =>
        v.trim().length < 5 ? r.reasonRequired : v.trim().length > 500 ? r.reasonTooLong : null,
    },
  });
  const submit = ({ reason }: { reason: string }) =>
    reverse.mutate(
      { id: entry.id, reason: reason.trim() },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: r.done });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={r.title} size="lg">
      <form onSubmit={form.onSubmit(submit)} noValidate data-testid="fund-reversal-form">
        <Stack>
          {reverse.error && <ErrorAlert error={reverse.error} />}
          <Text size="sm" data-testid="fund-reversal-entry">
            {t(r.intro, {
              date: formatDate(entry.entryDate),
              kind: entry.kindName,
              amount: formatMoney(entry.amountVnd),
              description: entry.description,
            })}
          </Text>
          <Alert color="red" icon={<IconAlertTriangle size={18} />}>
            <Text size="sm">{r.warning}</Text>
          </Alert>
          <Textarea
            label={r.reason}
            withAsterisk
            autosize
            minRows={2}
            data-testid="fund-reversal-reason"
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {ui.app.cancel}
            </Button>
            <Button type="submit" color="red" loading={reverse.isPending} data-testid="fund-reversal-submit">
              {r.submit}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
