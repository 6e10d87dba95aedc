import { Alert, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { ui } from '../i18n/ui';
import { isApiError } from '../lib/api';

type Props = { error: unknown; testId?: string };

/** Shows an API error's Vietnamese message; never a stack trace. */
export function ErrorAlert({ error, testId = 'error-message' }: Props) {
  const message = error instanceof Error ? error.message : ui.errors.INTERNAL;
  const requestId = isApiError(error) ? error.requestId : undefined;
  return (
    <Alert
      color="red"
      title={ui.errors.title}
      icon={<IconAlertCircle size={18} />}
      role="alert"
      data-testid={testId}
    >
      <Text size="sm">{message}</Text>
      {requestId && (
        <Text size="xs" c="dimmed" mt={4}>
          {ui.errors.requestId}: {requestId}
        </Text>
      )}
    </Alert>
  );
}
