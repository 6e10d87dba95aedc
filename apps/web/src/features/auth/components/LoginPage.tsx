import {
  Alert,
  Box,
  Button,
  Center,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle, IconAward } from '@tabler/icons-react';
import { vi } from '../../../i18n/vi';
import { type LoginInput, useLogin } from '../api/login';

type Props = { onLoggedIn: () => void };

export function LoginPage({ onLoggedIn }: Props) {
  const loginMutation = useLogin();
  const form = useForm<LoginInput>({
    initialValues: { username: '', password: '' },
    validate: {
      username: (value) => (value.trim() ? null : vi.auth.usernameRequired),
      password: (value) => (value ? null : vi.auth.passwordRequired),
    },
  });

  const submit = form.onSubmit((values) =>
    loginMutation.mutate({ ...values, username: values.username.trim() }, { onSuccess: onLoggedIn }),
  );

  return (
    <Center mih="100vh" bg="gray.0" p="md">
      <Paper withBorder shadow="sm" radius="md" p="xl" w={400} maw="100%">
        <Stack gap="xs" align="center" mb="lg">
          <IconAward size={44} color="var(--mantine-color-red-7)" stroke={1.5} />
          <Title order={2}>{vi.app.name}</Title>
          <Text c="dimmed" size="sm">
            {vi.auth.subtitle}
          </Text>
        </Stack>
        <Box component="form" onSubmit={submit} noValidate data-testid="login-form">
          <Stack>
            <TextInput
              label={vi.auth.username}
              placeholder={vi.auth.usernamePlaceholder}
              autoComplete="username"
              autoFocus
              data-testid="login-username"
              {...form.getInputProps('username')}
            />
            <PasswordInput
              label={vi.auth.password}
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
              {vi.auth.submit}
            </Button>
          </Stack>
        </Box>
      </Paper>
    </Center>
  );
}
