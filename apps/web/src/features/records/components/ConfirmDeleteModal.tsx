import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import { type DeletableRecord, useDeleteRecord } from '../api/delete-record';

type Props = {
  record: { type: DeletableRecord; id: string; label: string };
  opened: boolean;
  onClose: () => void;
};

export function ConfirmDeleteModal({ record, opened, onClose }: Props) {
  const mutation = useDeleteRecord();
  const close = () => {
    mutation.reset();
    onClose();
  };
  return (
    <Modal opened={opened} onClose={close} title={ui.records.confirmDeleteTitle} centered>
      <Stack>
        {mutation.error && <ErrorAlert error={mutation.error} />}
        <Text size="sm">{t(ui.records.confirmDeleteText, { what: record.label })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {ui.app.cancel}
          </Button>
          <Button
            color="red"
            loading={mutation.isPending}
            data-testid="record-delete-confirm"
            onClick={() =>
              mutation.mutate(
                { type: record.type, id: record.id },
                {
                  onSuccess: () => {
                    notifications.show({ color: 'green', message: ui.records.deleted });
                    close();
                  },
                },
              )
            }
          >
            {ui.records.confirmDelete}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
