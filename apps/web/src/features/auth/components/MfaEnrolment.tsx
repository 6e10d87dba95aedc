import { Button, Code, Group, Image, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { ui } from '../../../i18n/ui';
import { useEnableMfa, useFinishMfaEnrolment, useStartMfaEnrolment } from '../api/mfa';

const m = ui.mfa;

/**
 * Enrolment of the second factor the account's roles require: a QR code (and the secret as text
 * for apps that cannot scan), the first code to confirm, then the recovery codes shown once.
 */
export function MfaEnrolment() {
  const start = useStartMfaEnrolment();
  const enable = useEnableMfa();
  const finish = useFinishMfaEnrolment();
  const [code, setCode] = useState('');
  const enrolment = start.data;
  const codes = enable.data?.recoveryCodes;
  return (
    <Paper withBorder p="lg" maw={560} data-testid="mfa-enrolment">
      <Stack>
        <Title order={3}>{m.enrolTitle}</Title>
        {codes ? (
          <>
            <Text fw={600}>{m.recoveryTitle}</Text>
            <Text size="sm">{m.recoveryText}</Text>
            <List data-testid="mfa-recovery-codes" listStyleType="none" ff="monospace">
              {codes.map((c) => (
                <List.Item key={c}>{c}</List.Item>
              ))}
            </List>
            <Group justify="flex-end">
              <Button onClick={() => void finish()} data-testid="mfa-recovery-done">
                {m.recoveryDone}
              </Button>
            </Group>
          </>
        ) : (
          <>
            <Text size="sm">{m.enrolText}</Text>
            {(start.error || enable.error) && <ErrorAlert error={start.error ?? enable.error} />}
            {!enrolment ? (
              <Group>
                <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="mfa-start">
                  {m.start}
                </Button>
              </Group>
            ) : (
              <form
                onSubmit={(e) => {
                  e.preventDefault();
                  enable.mutate(code);
                }}
                noValidate
              >
                <Stack>
                  <Image src={enrolment.qrDataUrl} alt={m.qrAlt} w={240} h={240} data-testid="mfa-qr" />
                  <Text size="sm">
                    {m.secret} <Code data-testid="mfa-secret">{enrolment.secret}</Code>
                  </Text>
                  <TextInput
                    label={m.code}
                    autoComplete="one-time-code"
                    inputMode="numeric"
                    value={code}
                    onChange={(e) => setCode(e.currentTarget.value)}
                    data-testid="mfa-code"
                  />
                  <Group justify="flex-end">
                    <Button type="submit" loading={enable.isPending} data-testid="mfa-enable">
                      {m.enable}
                    </Button>
                  </Group>
                </Stack>
              </form>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
