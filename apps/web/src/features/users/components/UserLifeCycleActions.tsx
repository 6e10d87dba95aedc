import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { t, ui } from '../../../i18n/ui';
import type { User } from '../api/list-users';
import { useUserLifeCycle } from '../api/user-life-cycle';

const u = ui.users;

/** Disable (after a confirmation), enable, and reset the password of one account. */
export function UserLifeCycleActions({ user }: { user: User }) {
  const mutation = useUserLifeCycle();
  const [confirmDisable, setConfirmDisable] = useState(false);
  const [resetOpen, setResetOpen] = useState(false);
  const [temporary, setTemporary] = useState('');
  const done = (message: string) => () => {
    notifications.show({ color: 'green', message: t(message, { username: user.username }) });
    setConfirmDisable(false);
    setResetOpen(false);
    setTemporary('');
  };
  return (
    <>
      <Button
        size="xs"
        variant="light"
        color="gray"
        onClick={() => {
          mutation.reset();
          setResetOpen(true);
        }}
        data-testid="users-reset"
      >
        {u.resetPassword}
      </Button>
      {user.disabled ? (
        <Button
          size="xs"
          variant="light"
          color="green"
          loading={mutation.isPending}
          onClick={() => mutation.mutate({ kind: 'enable', id: user.id }, { onSuccess: done(u.enabled) })}
          data-testid="users-enable"
        >
          {u.enable}
        </Button>
      ) : (
        <Button
          size="xs"
          variant="light"
          color="red"
          onClick={() => setConfirmDisable(true)}
          data-testid="users-disable"
        >
          {u.disable}
        </Button>
      )}
      <ConfirmDialog
        opened={confirmDisable}
        title={t(u.disableTitle, { username: user.username })}
        text={u.disableText}
        confirmLabel={u.disable}
        loading={mutation.isPending}
        testId="users-disable-confirm"
        onConfirm={() => mutation.mutate({ kind: 'disable', id: user.id }, { onSuccess: done(u.disabled) })}
        onCancel={() => setConfirmDisable(false)}
      />
      <Modal
        opened={resetOpen}
        onClose={() => setResetOpen(false)}
        title={t(u.resetTitle, { username: user.username })}
      >
        <Stack>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <Text size="sm">{u.resetText}</Text>
          <PasswordInput
            label={u.temporaryPassword}
            value={temporary}
            onChange={(e) => setTemporary(e.currentTarget.value)}
            autoComplete="new-password"
            data-testid="users-reset-password"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setResetOpen(false)}>
              {ui.app.cancel}
            </Button>
            <Button
              color="red"
              loading={mutation.isPending}
              disabled={temporary.length < 10}
              onClick={() =>
                mutation.mutate(
                  { kind: 'reset-password', id: user.id, temporaryPassword: temporary },
                  { onSuccess: done(u.resetDone) },
                )
              }
              data-testid="users-reset-confirm"
            >
              {u.resetPassword}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
