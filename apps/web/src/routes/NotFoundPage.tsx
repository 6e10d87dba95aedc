import { Center, Stack, Text, Title } from '@mantine/core';
import { RouterAnchor } from '../components/RouterAnchor';
import { vi } from '../i18n/vi';

export function NotFoundPage() {
  return (
    <Center py={80}>
      <Stack align="center" gap="sm">
        <Title order={1} c="dimmed">
          404
        </Title>
        <Text>{vi.app.notFound}</Text>
        <RouterAnchor to="/">{vi.app.backHome}</RouterAnchor>
      </Stack>
    </Center>
  );
}
