import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ui } from '../i18n/ui';

type Props = {
  opened: boolean;
  title: string;
  text: string;
  confirmLabel: string;
  loading?: boolean;
  /** data-testid of the confirm button. */
  testId?: string;
  onConfirm: () => void;
  onCancel: () => void;
};

/** The second step before an action that cannot be undone: says what will happen, in red. */
export function ConfirmDialog({
  opened,
  title,
  text,
  confirmLabel,
  loading,
  testId,
  onConfirm,
  onCancel,
}: Props) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack>
        <Text size="sm">{text}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {ui.app.cancel}
          </Button>
          <Button color="red" onClick={onConfirm} loading={loading} data-testid={testId}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
