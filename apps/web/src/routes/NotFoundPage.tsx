import { Center, Stack, Text, Title } from '@mantine/core';
import { RouterAnchor } from '../components/RouterAnchor';
import { ui } from '../i18n/ui';

export function NotFoundPage() {
  return (
    <Center py={80}>
      <Stack align="center" gap="sm">
        <Title order={1} c="dimmed">
          404
        </Title>
        <Text>{ui.app.notFound}</Text>
        <RouterAnchor to="/">{ui.app.backHome}</RouterAnchor>
      </Stack>
    </Center>
  );
}
