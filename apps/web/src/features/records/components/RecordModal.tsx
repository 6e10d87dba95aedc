import { Button, Group, Modal, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';

type Props = {
  title: string;
  opened: boolean;
  onClose: () => void;
  onSubmit: (event?: FormEvent<HTMLFormElement>) => void;
  error: unknown;
  isPending: boolean;
  testId: string;
  submitLabel?: string;
  danger?: boolean;
  children: ReactNode;
};

/** The frame every record form shares: fields, the server's message, cancel and save. */
export function RecordModal(props: Props) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={props.title} size="lg">
      <form onSubmit={props.onSubmit} noValidate data-testid={props.testId}>
        <Stack>
          {props.error ? <ErrorAlert error={props.error} /> : null}
          {props.children}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              {ui.app.cancel}
            </Button>
            <Button
              type="submit"
              color={props.danger ? 'red' : undefined}
              loading={props.isPending}
              data-testid={`${props.testId}-submit`}
            >
              {props.submitLabel ?? ui.app.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
