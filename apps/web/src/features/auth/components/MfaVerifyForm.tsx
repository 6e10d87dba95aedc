import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';
import { useVerifyMfa } from '../api/mfa';

const m = ui.mfa;

/** The second step of a login: nothing else answers until the code is given. */
export function MfaVerifyForm() {
  const [code, setCode] = useState('');
  const mutation = useVerifyMfa();
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    mutation.mutate(code, {
      onSuccess: (res) => {
        if (res.recoveryCodesLeft !== null)
          notifications.show({
            color: 'yellow',
            message: m.recoveryLeft.replace('{count}', String(res.recoveryCodesLeft)),
          });
      },
    });
  };
  return (
    <Paper withBorder p="lg" maw={420} data-testid="mfa-verify">
      <form onSubmit={submit} noValidate>
        <Stack>
          <Title order={3}>{m.verifyTitle}</Title>
          <Text size="sm">{m.verifyText}</Text>
          {mutation.error && <ErrorAlert error={mutation.error} />}
          <TextInput
            label={m.code}
            autoComplete="one-time-code"
            inputMode="numeric"
            autoFocus
            value={code}
            onChange={(e) => setCode(e.currentTarget.value)}
            data-testid="mfa-code"
          />
          <Group justify="flex-end">
            <Button type="submit" loading={mutation.isPending} data-testid="mfa-submit">
              {m.verify}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
