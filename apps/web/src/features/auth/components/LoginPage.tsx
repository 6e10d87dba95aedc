import {
  Alert,
  Box,
  Button,
  Center,
  Divider,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconAward } from '@tabler/icons-react';
import { useLayoutEffect, useState } from 'react';
import { ui } from '../../../i18n/ui';
import { useOidcProviders } from '../../../lib/session/oidc-providers';
import { type LoginInput, useLogin } from '../api/login';
import { hasLoginShell, takeOverLoginShell } from '../login-shell-takeover';

type Props = { onLoggedIn: () => void; invitation?: string };

export function LoginPage({ onLoggedIn, invitation }: Props) {
  const loginMutation = useLogin();
  const providers = useOidcProviders().data?.items ?? [];
  const [invitationCode, setInvitationCode] = useState(invitation ?? '');
  // With the server's HTML form on the page the layout effect below puts the cursor where it was;
  // Mantine's autoFocus would move it back to the username.
  const [fromShell] = useState(hasLoginShell);
  const form = useForm<LoginInput>({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : ui.auth.usernameRequired),
      password: (value) => (value ? null : ui.auth.passwordRequired),
    },
  });

  // The plain-HTML form the server sent for /dang-nhap: keep what was typed there and where the
  // cursor was, then remove it, before the browser paints this one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, on mount
  useLayoutEffect(() => {
    const typed = takeOverLoginShell();
    if (!typed) return;
    form.setValues({ username: typed.username, password: typed.password });
    document.querySelector<HTMLInputElement>(`[data-testid="login-${typed.focused ?? 'username'}"]`)?.focus();
  }, []);

  const submit = form.onSubmit((values) =>
    loginMutation.mutate({ ...values, username: values.username.trim() }, { onSuccess: onLoggedIn }),
  );

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={400} maw="100%">
        <Stack gap="xs" align="center" mb="lg">
          <IconAward size={44} color="var(--mantine-color-red-7)" stroke={1.5} />
          <Title order={2}>{ui.app.name}</Title>
          <Text c="dimmed" size="sm">
            {ui.auth.subtitle}
          </Text>
        </Stack>
        <Box component="form" onSubmit={submit} noValidate data-testid="login-form">
          <Stack>
            <TextInput
              label={ui.auth.username}
              placeholder={ui.auth.usernamePlaceholder}
              autoComplete="username"
              autoFocus={!fromShell}
              data-testid="login-username"
              {...form.getInputProps('username')}
            />
            <PasswordInput
              label={ui.auth.password}
              autoComplete="current-password"
              data-testid="login-password"
              {...form.getInputProps('password')}
            />
            {loginMutation.error && (
              <Alert color="red" icon={<IconAlertCircle size={18} />} data-testid="login-error" role="alert">
                {loginMutation.error.message}
              </Alert>
            )}
            <Button type="submit" loading={loginMutation.isPending} data-testid="login-submit" fullWidth>
              {ui.auth.submit}
            </Button>
          </Stack>
        </Box>
        {providers.length > 0 && (
          <Stack mt="lg" gap="sm" data-testid="oidc-login">
            <Divider label={ui.auth.oidcDivider} labelPosition="center" />
            {providers.map((p) => (
              <Button
                key={p.id}
                component="a"
                variant="default"
                fullWidth
                href={
                  invitationCode.trim()
                    ? `${p.startPath}?loi-moi=${encodeURIComponent(invitationCode.trim())}`
                    : p.startPath
                }
                data-testid={`oidc-login-${p.id}`}
              >
                {p.label}
              </Button>
            ))}
            <TextInput
              label={ui.auth.invitationCode}
              description={ui.auth.invitationHint}
              value={invitationCode}
              onChange={(e) => setInvitationCode(e.currentTarget.value)}
              autoComplete="off"
              data-testid="oidc-invitation"
            />
          </Stack>
        )}
      </Paper>
    </Center>
  );
}
